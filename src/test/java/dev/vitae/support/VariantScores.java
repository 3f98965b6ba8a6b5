package dev.vitae.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.vitae.support.fixtures.variants.Variant;

/**
 * Field accuracy per layout kind, from the scorer's {@code --json-out} of a run over the
 * variants ({@code bench/score.sh DIR} leaves it in {@code target/score/DIR.json}): the overall
 * figure hides which layouts the parser cannot read yet, and a kind is the unit the parser
 * tests take the variants in. Not a test; run it from a shell:
 * {@code java -cp "target/test-classes:$(cat target/cp.txt)" dev.vitae.support.VariantScores target/score/variants.json}.
 */
public final class VariantScores {

    private VariantScores() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: VariantScores SCORE.json");
            System.exit(2);
        }
        JsonNode score = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<Variant, int[]> totals = new LinkedHashMap<>();
        for (Variant variant : Variant.values()) {
            totals.put(variant, new int[3]);
        }
        for (JsonNode file : score.get("files")) {
            String name = Path.of(file.get("file").asText()).getFileName().toString();
            for (Variant variant : Variant.values()) {
                if (name.endsWith("-" + variant.slug() + "." + variant.extension())) {
                    int[] total = totals.get(variant);
                    total[0] += file.path("correct").asInt();
                    total[1] += file.path("total").asInt();
                    total[2]++;
                }
            }
        }
        System.out.println("| kind | format | files | fields correct | fields scored | accuracy |");
        System.out.println("|---|---|---|---|---|---|");
        totals.forEach((variant, total) -> {
            if (total[2] > 0) {
                System.out.printf("| %s | %s | %d | %d | %d | %.3f |%n", variant.slug(), variant.extension().toUpperCase(),
                        total[2], total[0], total[1], (double) total[0] / total[1]);
            }
        });
    }
}
