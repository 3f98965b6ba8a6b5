package dev.vitae.candidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ParsedResume.Position;

/**
 * How well a résumé fits a job, 0–100, deterministic: the same résumé and job always score the
 * same. Four parts, explained in {@code docs/fit-score.md}:
 * <ul>
 * <li>terms (60): the job's significant terms (title terms count double) found in the résumé;</li>
 * <li>title (20): the job title's words found in the candidate's job titles;</li>
 * <li>seniority (10): the seniority the job title asks for against the candidate's latest title;</li>
 * <li>experience (10): years of experience against "N+ years" in the job description.</li>
 * </ul>
 */
public final class FitScore {

    /** The score and its parts, kept with the résumé_processed activity so a recruiter can see why. */
    public record Result(int score, Map<String, Object> details) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}+#./-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,2})\\s*\\+?\\s*(?:years|yrs)");
    private static final Set<String> STOP = Set.copyOf(List.of("a", "an", "and", "the", "of", "to", "in", "for", "with", "on", "at",
            "by", "or", "as", "is", "are", "be", "we", "you", "our", "your", "will", "who", "what", "this", "that",
            "from", "it", "its", "their", "they", "have", "has", "years", "year", "experience", "work", "team", "role",
            "job", "ability", "strong", "good", "great", "new", "using", "use", "including", "across", "about", "into",
            "all", "any", "can", "more", "other", "such", "well", "within", "over", "per", "plus", "etc", "e.g", "i.e",
            "looking", "join", "help", "us", "must", "should", "able", "skills", "knowledge", "responsible", "build",
            "building", "working", "based", "like", "want", "own", "both", "also", "not", "than", "then", "them",
            "these", "those", "while", "which", "where", "when", "how", "why", "if", "do", "does", "our", "ideal",
            "candidate", "position", "company", "remote", "hybrid", "onsite", "senior", "junior", "lead", "staff"));
    private static final List<String[]> LEVELS = List.of(
            new String[] { "0", "intern", "internship", "trainee", "apprentice", "student" },
            new String[] { "1", "junior", "jr", "jr.", "graduate", "entry", "associate" },
            new String[] { "3", "senior", "sr", "sr.", "experienced" },
            new String[] { "4", "staff", "lead", "principal", "architect", "manager" },
            new String[] { "5", "head", "director", "vp", "vice", "chief", "cto", "ceo", "cfo", "founder", "co-founder" });

    private FitScore() {
    }

    public static Result compute(ParsedResume resume, String jobTitle, String jobDescription) {
        String title = jobTitle == null ? "" : jobTitle;
        String description = jobDescription == null ? "" : jobDescription;
        Set<String> resumeWords = new LinkedHashSet<>(words(resumeText(resume)));

        // Terms: distinct significant words of title (weight 2) and description (weight 1).
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String w : significant(words(description))) {
            weights.merge(w, 1, Math::max);
        }
        for (String w : significant(words(title))) {
            weights.put(w, 2);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int matchedWeight = 0;
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> term : weights.entrySet()) {
            if (resumeWords.contains(term.getKey())) {
                matchedWeight += term.getValue();
                matched.add(term.getKey());
            } else {
                missing.add(term.getKey());
            }
        }
        double terms = total == 0 ? 0 : 60.0 * matchedWeight / total;

        // Title: the job title's significant words found in any of the candidate's titles.
        Set<String> titleWords = new LinkedHashSet<>(significant(words(title)));
        Set<String> candidateTitles = new LinkedHashSet<>();
        for (Position p : resume.work()) {
            candidateTitles.addAll(words(p.title() == null ? "" : p.title()));
        }
        if (resume.headline() != null) {
            candidateTitles.addAll(words(resume.headline()));
        }
        long titleHits = titleWords.stream().filter(candidateTitles::contains).count();
        double titlePart = titleWords.isEmpty() ? 0 : 20.0 * titleHits / titleWords.size();

        // Seniority: distance between the levels the titles imply.
        int jobLevel = level(title);
        String latestTitle = resume.work().isEmpty() ? resume.headline() : resume.work().get(0).title();
        int candidateLevel = level(latestTitle == null ? "" : latestTitle);
        double seniority = Math.max(0, 10 - 4 * Math.abs(jobLevel - candidateLevel));

        // Experience: years asked ("5+ years") against years worked.
        int months = resume.experienceMonths();
        double years = months / 12.0;
        Matcher asked = YEARS.matcher(description);
        Integer requiredYears = asked.find() ? Integer.valueOf(asked.group(1)) : null;
        double experience = requiredYears == null || requiredYears == 0
                ? Math.min(10, 5 * years)
                : Math.min(10, 10 * years / requiredYears);

        int score = (int) Math.round(Math.min(100, terms + titlePart + seniority + experience));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("terms", round(terms));
        details.put("title", round(titlePart));
        details.put("seniority", round(seniority));
        details.put("experience", round(experience));
        details.put("matched_terms", matched.stream().limit(25).toList());
        details.put("missing_terms", missing.stream().limit(25).toList());
        details.put("years_of_experience", round(years));
        details.put("required_years", requiredYears);
        return new Result(score, details);
    }

    private static String resumeText(ParsedResume r) {
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] { r.headline(), r.summary(), String.join(" ", r.skills()) }) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        for (Position p : r.work()) {
            text.append(p.title()).append(' ').append(p.company()).append(' ').append(p.description()).append(' ');
        }
        for (ParsedResume.School s : r.education()) {
            text.append(s.degree()).append(' ').append(s.fieldOfStudy()).append(' ');
        }
        return text.toString();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<String> significant(List<String> words) {
        return words.stream().filter(w -> w.length() > 1 && !STOP.contains(w) && !w.matches("\\d+\\+?")).distinct().toList();
    }

    /** 0 intern … 2 (no marker) … 5 head/director. */
    static int level(String title) {
        List<String> words = words(title);
        int level = 2;
        for (String[] row : LEVELS) {
            for (int i = 1; i < row.length; i++) {
                if (words.contains(row[i])) {
                    level = Integer.parseInt(row[0]);
                }
            }
        }
        return level;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
