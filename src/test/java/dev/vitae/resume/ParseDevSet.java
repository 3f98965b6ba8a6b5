package dev.vitae.resume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.vitae.profile.ResumeImportMapping;
import dev.vitae.resume.parser.ResumeParser;

/**
 * Offline parser run for the accuracy scorer's mode B: parses every résumé in a directory and
 * writes {@code NAME.json} shaped like a profile. Not a test; run it from a shell:
 * {@code java -cp "target/classes:target/test-classes:$(cat cp.txt)" dev.vitae.resume.ParseDevSet IN OUT}.
 */
public final class ParseDevSet {

    private ParseDevSet() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (Stream<Path> files = Files.list(in)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".txt") && name.contains("LICENSE") || name.endsWith(".md") && name.equals("README.md")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                Optional<ResumeFormat> format = ResumeFormat.detect(bytes, name);
                if (format.isEmpty()) {
                    continue;
                }
                Map<String, Object> profile = new LinkedHashMap<>();
                try {
                    long started = System.nanoTime();
                    ParsedResume parsed = ResumeParser.parse(bytes, format.get());
                    long micros = (System.nanoTime() - started) / 1000;
                    ResumeImportMapping.ImportedSections s = ResumeImportMapping.sections(parsed);
                    profile.put("contact", s.contact());
                    profile.put("location", s.location());
                    profile.put("links", s.links());
                    profile.put("work_experience", s.workExperience());
                    profile.put("education", s.education());
                    profile.put("memories", s.memories());
                    profile.put("import_error", ResumeImportMapping.missing(parsed).orElse(null));
                    profile.put("import_report", parsed.report());
                    System.out.printf("%-45s %6d us%n", name, micros);
                } catch (ResumeParseException e) {
                    profile.put("import_error", e.getMessage());
                    System.out.printf("%-45s FAILED %s%n", name, e.getMessage());
                }
                String base = name.substring(0, name.lastIndexOf('.'));
                json.writeValue(out.resolve(base + ".json").toFile(), profile);
            }
        }
    }
}
