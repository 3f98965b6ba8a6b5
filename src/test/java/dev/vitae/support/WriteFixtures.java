package dev.vitae.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.vitae.support.ResumeFixtures.Fixture;

/**
 * Writes every résumé fixture with its {@code NAME.expected.json} into a directory, so that the
 * accuracy scorer can measure the parser on them as on any labelled set. Not a test; run it from
 * a shell: {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" dev.vitae.support.WriteFixtures OUT}.
 * With {@code --variants} it writes the layout variants instead ({@link ResumeFixtures#layoutVariants()}),
 * to score with {@code bench/score.sh OUT}.
 */
public final class WriteFixtures {

    private WriteFixtures() {
    }

    public static void main(String[] args) throws Exception {
        boolean variants = args.length == 2 && args[0].equals("--variants");
        if (args.length != 1 && !variants) {
            System.err.println("usage: WriteFixtures [--variants] OUTDIR");
            System.exit(2);
        }
        Path out = Path.of(args[args.length - 1]);
        Files.createDirectories(out);
        List<Fixture> fixtures = variants ? ResumeFixtures.layoutVariants() : ResumeFixtures.all();
        for (Fixture fixture : fixtures) {
            String base = fixture.name().substring(0, fixture.name().lastIndexOf('.'));
            Files.write(out.resolve(fixture.name()), fixture.bytes());
            Files.write(out.resolve(base + ".expected.json"), fixture.label().toJson());
            System.out.println(fixture.name());
        }
    }
}
