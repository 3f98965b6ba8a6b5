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
    /** Postal codes: 4–6 digits, "390 02", "3512 AB", "30140-000", "LS1 4AB", "K1A 0B1". */
    private static final Pattern POSTAL = Pattern.compile("(?:^|[\\s,])(?:\\d{4,6}(?:-\\d{3,4})?|\\d{3}\\s\\d{2}|\\d{4}\\s?[A-Z]{2}"
            + "|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)(?=$|[\\s,])");

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
                { "czech republic", "Czechia" }, { "türkiye", "Turkey" }, { "brasil", "Brazil" }, { "españa", "Spain" },
                { "espana", "Spain" }, { "italia", "Italy" }, { "schweiz", "Switzerland" }, { "suisse", "Switzerland" },
                { "svizzera", "Switzerland" }, { "österreich", "Austria" }, { "osterreich", "Austria" },
                { "nederland", "Netherlands" }, { "polska", "Poland" }, { "méxico", "Mexico" }, { "perú", "Peru" },
                { "česko", "Czechia" }, { "česká republika", "Czechia" }, { "sverige", "Sweden" }, { "norge", "Norway" },
                { "danmark", "Denmark" }, { "suomi", "Finland" }, { "finlande", "Finland" }, { "allemagne", "Germany" },
                { "angleterre", "United Kingdom" }, { "royaume-uni", "United Kingdom" }, { "belgique", "Belgium" },
                { "espagne", "Spain" }, { "italie", "Italy" }, { "pays-bas", "Netherlands" }, { "russian federation", "Russia" },
                { "korea", "South Korea" }, { "republic of korea", "South Korea" }, { "viet nam", "Vietnam" },
                { "中国", "China" }, { "台灣", "Taiwan" }, { "台湾", "Taiwan" }, { "日本", "Japan" } }) {
            COUNTRIES.put(alias[0], alias[1]);
        }
        // English names in wide use beside the short one are kept as the résumé prints them.
        for (String[] name : new String[][] { { "Czech Republic", "CZ" }, { "Russian Federation", "RU" },
                { "Republic of Korea", "KR" }, { "Viet Nam", "VN" }, { "Republic of Ireland", "IE" } }) {
            COUNTRIES.put(name[0].toLowerCase(Locale.ROOT), name[0]);
            CODES.put(name[0], name[1]);
        }
    }

    private Places() {
    }

    static String country(String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toLowerCase(Locale.ROOT).replaceAll("[()]", "").trim();
        String country = COUNTRIES.get(key);
        // "Kingdom of Norway", "the Netherlands", "Federal Republic of Germany": a state's formal name.
        return country != null ? country : COUNTRIES.get(FORMAL_NAME.matcher(key).replaceFirst(""));
    }

    private static final Pattern FORMAL_NAME = Pattern.compile("^(?:the\\s+)?(?:(?:federal|people['’]s|islamic|"
            + "democratic|socialist|united|arab)\\s+)*(?:kingdom|republic|state|commonwealth|federation|sultanate|"
            + "principality|grand duchy)\\s+of\\s+(?:the\\s+)?|^the\\s+");

    static boolean isState(String text) {
        String t = text.trim();
        return STATE_CODES.contains(t) || STATE_NAMES.contains(t.toLowerCase(Locale.ROOT));
    }

    /** "Located in Denver", "Based in Lyon": words in front of a home place. */
    private static final Pattern PLACE_LEAD = Pattern.compile("(?iu)^(?:located|based|currently|living|lives|residing|"
            + "resident)\\s+(?:in|at)\\s+");
    /** "Belo Horizonte (MG) / Brasil": a state in brackets, a country after a slash. */
    private static final Pattern BRACKETED_STATE_SLASH = Pattern.compile("^(.+?)\\s*\\(([^()]{2,30})\\)\\s*(?:/|,|-)\\s*(.+)$");
    private static final int STANDALONE_CITY_POPULATION = 100_000;

    /** The location a short piece of text states, or null when it is not one. */
    private static final Pattern CHINESE_ADDRESS = Pattern.compile(
            "^(\\p{IsHan}{2,3}省)?(\\p{IsHan}{2,3}?市)(?=\\p{IsHan}{0,4}[区县]|$)(?!.*[\\p{IsHiragana}\\p{IsKatakana}])");

    static Place parse(String text) {
        if (text == null) {
            return null;
        }
        String t = PLACE_LEAD.matcher(text.trim().replaceAll("\\s+", " ")).replaceFirst("").replaceAll("[.;,•·|*†]+$", "").trim();
        // "天津市南开区…", "广东省深圳市南山区…": a Chinese address names its city (and province) first.
        Matcher chinese = CHINESE_ADDRESS.matcher(t);
        if (chinese.lookingAt()) {
            return new Place(chinese.group(2), chinese.group(1), "China");
        }
        Matcher stateSlash = BRACKETED_STATE_SLASH.matcher(t);
        if (stateSlash.matches() && country(stateSlash.group(3)) != null && looksLikePlaceWord(stateSlash.group(1))) {
            return new Place(stateSlash.group(1).trim(), stateSlash.group(2).trim(), country(stateSlash.group(3)));
        }
        t = t.replace(" / ", ", ");
        t = POSTAL.matcher(t).replaceAll("").replaceAll("[\\s,]+$", "").replaceAll("^[\\s,]+", "").replaceAll(",\\s*,", ",").trim();
        if (t.isEmpty() || t.length() > 70 || t.matches(".*\\d.*") || t.contains("@")) {
            return null;
        }
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
                // "EFX-IMT, Angers, France" is a school and its town: three parts need a known town or state.
                if (parts.length >= 3 && !isState(state) && Cities.find(parts[0]) == null
                        && Cities.find(state) != null) {
                    return null;
                }
                return new Place(parts[0], state, country);
            }
            if (isState(last)) {
                return new Place(parts[0], last, null);
            }
            // "Kendal, Cumbria": a known town, then its county or region as printed.
            if (parts.length == 2 && Cities.find(parts[0]) != null && Cities.find(parts[1]) == null) {
                return new Place(parts[0], last, null);
            }
            return null;
        }
        Matcher code = TRAILING_CODE.matcher(t);
        // "Hamburg DE" is a place; in capitals ("KEVIN LI", "SOUZA DE") a two-letter word is no country code.
        if (code.matches() && looksLikePlaceWord(code.group(1)) && !t.equals(t.toUpperCase(Locale.ROOT))) {
            String country = country(code.group(2));
            if (country != null) {
                return new Place(code.group(1), null, country);
            }
        }
        // "India", "United States": a country named alone (a code alone is too often a word: "IT", "IN").
        if (t.length() >= 4 && looksLikePlaceWord(t) && country(t) != null) {
            return new Place(null, null, country(t));
        }
        if (t.equalsIgnoreCase("remote")) {
            return new Place("Remote", null, null);
        }
        // A town printed alone: only a large one, spelt as a name ("Rotterdam", "LEIPZIG").
        Cities.City city = Cities.find(t);
        if (city != null && city.population() >= STANDALONE_CITY_POPULATION && looksLikePlaceWord(t)) {
            return new Place(t, null, null);
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
