package dev.vitae.resume.parser;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a person's or a job's location as printed ({@code Berlin, Germany},
 * {@code Austin, TX}, {@code Bengaluru, Karnataka, India}, {@code Berlin, (DE)},
 * {@code Hamburg DE}) using country names and codes from the JDK and the states and provinces
 * of the US, Canada and Australia.
 */
final class Places {

    /** A recognised location. {@code country} is the English country name; state as printed. */
    record Place(String city, String state, String country) {

        /** The ISO region to read phone numbers in: the country's, else the state's country, else US. */
        String region() {
            if (country != null && CODES.containsKey(country)) {
                return CODES.get(country);
            }
            if (state != null) {
                return switch (state) {
                    case "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE" -> "CA";
                    case "NSW", "VIC", "QLD", "TAS", "ACT" -> "AU";
                    default -> "US";
                };
            }
            return "US";
        }
    }

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    /** English country name → ISO code. */
    private static final Map<String, String> CODES = new HashMap<>();
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU",
            "NSW", "VIC", "QLD", "SA", "TAS", "ACT");
    private static final Set<String> STATE_NAMES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
            "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
            "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
            "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "british columbia", "alberta", "manitoba",
            "saskatchewan", "nova scotia", "new brunswick", "newfoundland and labrador", "new south wales", "victoria",
            "queensland", "western australia", "south australia", "tasmania", "bavaria", "bayern", "karnataka",
            "maharashtra", "tamil nadu", "telangana", "delhi", "england", "scotland", "wales", "northern ireland");
    private static final Pattern TRAILING_CODE = Pattern.compile("^(.+?)[,\\s]+\\(?([A-Z]{2})\\)?$");
    private static final Pattern BRACKETED_CODE = Pattern.compile("^(.+?)\\s*\\(([A-Z]{2})\\)$");
    private static final Pattern POSTAL = Pattern.compile("\\s+\\d{4,6}(-\\d{4})?$|^\\d{4,6}\\s+");

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            COUNTRIES.put(code.toLowerCase(Locale.ROOT), name);
            COUNTRIES.put(name.toLowerCase(Locale.ROOT), name);
            CODES.put(name, code);
        }
        for (String[] alias : new String[][] { { "usa", "United States" }, { "u.s.a.", "United States" },
                { "u.s.", "United States" }, { "us", "United States" }, { "united states of america", "United States" },
                { "uk", "United Kingdom" }, { "u.k.", "United Kingdom" }, { "great britain", "United Kingdom" },
                { "england", "United Kingdom" }, { "deutschland", "Germany" }, { "the netherlands", "Netherlands" },
                { "holland", "Netherlands" }, { "uae", "United Arab Emirates" }, { "south korea", "South Korea" },
                { "czech republic", "Czechia" }, { "türkiye", "Turkey" } }) {
            COUNTRIES.put(alias[0], alias[1]);
        }
    }

    private Places() {
    }

    static String country(String text) {
        return text == null ? null : COUNTRIES.get(text.trim().toLowerCase(Locale.ROOT).replaceAll("[()]", "").trim());
    }

    static boolean isState(String text) {
        String t = text.trim();
        return STATE_CODES.contains(t) || STATE_NAMES.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The location a short piece of text states, or null when it is not one. */
    static Place parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replaceAll("\\s+", " ").replaceAll("[.;]$", "");
        if (t.isEmpty() || t.length() > 70 || t.matches(".*\\d{3,}.*\\d.*") || t.contains("@")) {
            return null;
        }
        t = POSTAL.matcher(t).replaceAll("").trim();
        // "Toronto, ON (CA)": a bracketed country code after a full place.
        Matcher bracketed = BRACKETED_CODE.matcher(t);
        if (bracketed.matches() && bracketed.group(1).contains(",")) {
            Place inner = parse(bracketed.group(1));
            String country = country(bracketed.group(2));
            if (inner != null && country != null) {
                return new Place(inner.city(), inner.state(), country);
            }
        }
        String[] parts = t.split("\\s*,\\s*");
        if (parts.length >= 2) {
            for (String part : parts) {
                if (part.isEmpty() || !looksLikePlaceWord(part)) {
                    return null;
                }
            }
            String printed = parts[parts.length - 1];
            String last = printed.replaceAll("[()]", "").trim();
            // "Denver, CO" is Colorado, not Colombia: a bare two-letter state code reads as a state.
            boolean stateCode = printed.equals(last) && STATE_CODES.contains(last);
            String country = stateCode ? null : country(last);
            if (country != null) {
                String state = parts.length >= 3 ? parts[parts.length - 2] : null;
                return new Place(parts[0], state, country);
            }
            if (isState(last)) {
                return new Place(parts[0], last, null);
            }
            return null;
        }
        Matcher code = TRAILING_CODE.matcher(t);
        if (code.matches() && looksLikePlaceWord(code.group(1))) {
            String country = country(code.group(2));
            if (country != null) {
                return new Place(code.group(1), null, country);
            }
        }
        if (t.equalsIgnoreCase("remote")) {
            return new Place("Remote", null, null);
        }
        return null;
    }

    private static boolean looksLikePlaceWord(String part) {
        String p = part.replaceAll("[()]", "").trim();
        return !p.isEmpty() && p.length() <= 40 && Character.isUpperCase(p.codePointAt(0))
                && p.split(" ").length <= 4 && !p.matches(".*[\\d—–|·&@].*") && Vocabulary.companyScore(p) == 0
                && Vocabulary.titleScore(p) == 0;
    }
}
