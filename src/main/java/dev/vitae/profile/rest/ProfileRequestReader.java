package dev.vitae.profile.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

import dev.vitae.common.ApiException;
import dev.vitae.common.FieldError;
import dev.vitae.common.JsonErrors;
import dev.vitae.common.Names;
import dev.vitae.profile.ProfileChanges;
import dev.vitae.profile.sections.Contact;
import dev.vitae.profile.sections.Education;
import dev.vitae.profile.sections.Eligibility;
import dev.vitae.profile.sections.Links;
import dev.vitae.profile.sections.Location;
import dev.vitae.profile.sections.PartialDates;
import dev.vitae.profile.sections.Preferences;
import dev.vitae.profile.sections.SalaryExpectation;
import dev.vitae.profile.sections.SelfIdentification;
import dev.vitae.profile.sections.WorkExperience;

/**
 * Reads one profile request body (the same schema serves POST and PATCH) into
 * {@link ProfileChanges}, strictly: unknown and read-only keys, wrong types, limits and
 * cross-field rules each answer 400 naming the field. All problems are reported at once.
 */
@ApplicationScoped
public class ProfileRequestReader {

    static final int MAX_NAME = 100;
    static final int MAX_WORK_EXPERIENCE = 50;
    static final int MAX_EDUCATION = 20;
    static final int MAX_MEMORIES = 100;
    static final int MAX_MEMORY_LENGTH = 1000;
    static final int MAX_COVER_LETTER = 10000;
    static final int MAX_URL = 500;

    static final Set<String> WRITABLE = Set.of("name", "contact", "location", "links", "work_experience",
            "education", "eligibility", "preferences", "self_identification", "memories", "cover_letter_template");
    static final Set<String> READ_ONLY = Set.of("id", "status", "import_error", "import_report", "resume", "created_at",
            "updated_at");

    private final ObjectMapper strict;
    private final Validator validator;
    private final JavaType workList;
    private final JavaType educationList;
    private final JavaType stringList;

    public ProfileRequestReader(Validator validator) {
        this.validator = validator;
        this.strict = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // "first_name": 42 is a mistake, not a name.
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.workList = strict.getTypeFactory().constructCollectionType(List.class, WorkExperience.class);
        this.educationList = strict.getTypeFactory().constructCollectionType(List.class, Education.class);
        this.stringList = strict.getTypeFactory().constructCollectionType(List.class, String.class);
    }

    /** Reads a create request: {@code contact} is required, other sections start empty. */
    public ProfileChanges forCreate(JsonNode body) {
        return read(body, true);
    }

    /** Reads a PATCH request: only the keys present change, and at least one must be. */
    public ProfileChanges forPatch(JsonNode body) {
        return read(body, false);
    }

    private ProfileChanges read(JsonNode body, boolean create) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ApiException.badRequest("A JSON object body is required.");
        }
        if (!body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        Errors errors = new Errors();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String key = names.next();
            if (READ_ONLY.contains(key)) {
                errors.add(key, "is read-only");
            } else if (!WRITABLE.contains(key)) {
                errors.add(key, "unknown field");
            }
        }
        if (!create && body.isEmpty()) {
            throw ApiException.badRequest("The PATCH body has no field to change.");
        }

        String name = readName(body, errors);
        Contact contact = readObject(body, "contact", Contact.class, null, errors);
        if (create && contact == null && !errors.has("contact")) {
            errors.add("contact", "is required (first_name, last_name and email)");
        }
        Location location = readObject(body, "location", Location.class, Location.empty(), errors);
        Links links = readObject(body, "links", Links.class, Links.empty(), errors);
        List<WorkExperience> work = readList(body, "work_experience", workList, MAX_WORK_EXPERIENCE, errors);
        List<Education> education = readList(body, "education", educationList, MAX_EDUCATION, errors);
        Eligibility eligibility = readObject(body, "eligibility", Eligibility.class, Eligibility.empty(), errors);
        Preferences preferences = readObject(body, "preferences", Preferences.class, Preferences.empty(), errors);
        SelfIdentification self = readObject(body, "self_identification", SelfIdentification.class,
                SelfIdentification.empty(), errors);
        List<String> memories = readList(body, "memories", stringList, MAX_MEMORIES, errors);

        String coverLetter = null;
        boolean clearCoverLetter = false;
        JsonNode letter = body.get("cover_letter_template");
        if (letter != null) {
            if (letter.isNull() || (letter.isTextual() && letter.textValue().isEmpty())) {
                clearCoverLetter = true;
            } else if (!letter.isTextual()) {
                errors.add("cover_letter_template", "must be a string");
            } else if (letter.textValue().length() > MAX_COVER_LETTER) {
                errors.add("cover_letter_template", "must be at most " + MAX_COVER_LETTER + " characters");
            } else {
                coverLetter = letter.textValue();
            }
        }

        checkLinks(links, errors);
        checkWork(work, errors);
        checkEducation(education, errors);
        checkMemories(memories, errors);
        checkDates(contact, preferences, errors);
        if (preferences != null && preferences.salaryExpectation() != null) {
            checkCurrency(preferences.salaryExpectation(), errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors.list());
        }
        return new ProfileChanges(name, contact, location, links, work, education, eligibility, preferences, self,
                memories, coverLetter, clearCoverLetter);
    }

    private static String readName(JsonNode body, Errors errors) {
        JsonNode node = body.get("name");
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add("name", node.isNull() ? "must not be null" : "must be a string");
            return null;
        }
        String name = node.textValue().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("name", "must be 1 to " + MAX_NAME + " characters");
            return null;
        }
        return name;
    }

    /** A section object; {@code null} in the body clears it to {@code whenNull} ({@code null}: not allowed). */
    private <T> T readObject(JsonNode body, String key, Class<T> type, T whenNull, Errors errors) {
        JsonNode node = body.get(key);
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            if (whenNull == null) {
                errors.add(key, "must not be null");
            }
            return whenNull;
        }
        if (!node.isObject()) {
            errors.add(key, "must be an object");
            return null;
        }
        T value = convert(node, type, key, errors);
        if (value != null) {
            validate(value, key, errors);
        }
        return value;
    }

    private <T> List<T> readList(JsonNode body, String key, JavaType type, int max, Errors errors) {
        JsonNode node = body.get(key);
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(key, "must be an array");
            return null;
        }
        if (node.size() > max) {
            errors.add(key, "must have at most " + max + " items");
            return null;
        }
        List<T> items = convert(node, type, key, errors);
        if (items == null) {
            return null;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                errors.add(key + "[" + i + "]", "must not be null");
            } else if (!(items.get(i) instanceof String)) {
                validate(items.get(i), key + "[" + i + "]", errors);
            }
        }
        return items;
    }

    private <T> T convert(JsonNode node, Object type, String key, Errors errors) {
        try {
            JavaType javaType = type instanceof JavaType jt ? jt : strict.constructType((Class<?>) type);
            return strict.readerFor(javaType).readValue(node);
        } catch (JsonMappingException e) {
            errors.add(path(key, e), JsonErrors.message(e));
        } catch (JsonProcessingException e) {
            errors.add(key, "is not valid JSON");
        } catch (java.io.IOException e) {
            errors.add(key, "could not be read");
        }
        return null;
    }

    private static String path(String key, JsonMappingException e) {
        String inner = JsonErrors.field(e);
        if (inner.isEmpty()) {
            return key;
        }
        return inner.startsWith("[") ? key + inner : key + "." + inner;
    }

    private void validate(Object value, String prefix, Errors errors) {
        for (ConstraintViolation<Object> violation : validator.validate(value)) {
            String inner = Names.violationPath(violation.getPropertyPath().toString());
            errors.add(prefix + "." + inner, violation.getMessage());
        }
    }

    private static void checkLinks(Links links, Errors errors) {
        if (links == null) {
            return;
        }
        for (Map.Entry<String, String> link : Map.of("linkedin", nullToEmpty(links.linkedin()),
                "github", nullToEmpty(links.github()), "portfolio", nullToEmpty(links.portfolio()),
                "website", nullToEmpty(links.website())).entrySet()) {
            String url = link.getValue();
            if (url.isEmpty()) {
                continue;
            }
            if (url.length() > MAX_URL) {
                errors.add("links." + link.getKey(), "must be at most " + MAX_URL + " characters");
            } else if (!isHttpUrl(url)) {
                errors.add("links." + link.getKey(), "must be an absolute http(s) URL");
            }
        }
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null && !uri.getHost().isBlank()
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkWork(List<WorkExperience> work, Errors errors) {
        if (work == null) {
            return;
        }
        for (int i = 0; i < work.size(); i++) {
            WorkExperience job = work.get(i);
            if (job == null) {
                continue;
            }
            String at = "work_experience[" + i + "]";
            checkRange(job.startDate(), job.endDate(), at, errors);
            if (Boolean.TRUE.equals(job.isCurrent()) && job.endDate() != null) {
                errors.add(at + ".end_date", "must be null when is_current is true");
            }
        }
    }

    private static void checkEducation(List<Education> education, Errors errors) {
        if (education == null) {
            return;
        }
        for (int i = 0; i < education.size(); i++) {
            if (education.get(i) != null) {
                checkRange(education.get(i).startDate(), education.get(i).endDate(), "education[" + i + "]", errors);
            }
        }
    }

    private static void checkRange(String start, String end, String at, Errors errors) {
        if (!PartialDates.isRealDate(start)) {
            errors.add(at + ".start_date", "is not a real calendar date");
        }
        if (!PartialDates.isRealDate(end)) {
            errors.add(at + ".end_date", "is not a real calendar date");
        }
        boolean wellFormed = (start == null || start.matches(PartialDates.PARTIAL_DATE))
                && (end == null || end.matches(PartialDates.PARTIAL_DATE));
        if (wellFormed && !PartialDates.inOrder(start, end)) {
            errors.add(at + ".end_date", "must not be before start_date");
        }
    }

    private static void checkMemories(List<String> memories, Errors errors) {
        if (memories == null) {
            return;
        }
        for (int i = 0; i < memories.size(); i++) {
            String memory = memories.get(i);
            if (memory == null) {
                continue;
            }
            if (memory.isBlank()) {
                errors.add("memories[" + i + "]", "must not be blank");
            } else if (memory.length() > MAX_MEMORY_LENGTH) {
                errors.add("memories[" + i + "]", "must be at most " + MAX_MEMORY_LENGTH + " characters");
            } else if (memory.indexOf('\n') >= 0 || memory.indexOf('\r') >= 0) {
                errors.add("memories[" + i + "]", "must be one plain sentence without line breaks");
            }
        }
    }

    private static void checkDates(Contact contact, Preferences preferences, Errors errors) {
        if (contact != null && !PartialDates.isRealDate(contact.dateOfBirth())) {
            errors.add("contact.date_of_birth", "is not a real calendar date");
        }
        if (preferences != null && !PartialDates.isRealDate(preferences.earliestStartDate())) {
            errors.add("preferences.earliest_start_date", "is not a real calendar date");
        }
    }

    private static void checkCurrency(SalaryExpectation salary, Errors errors) {
        String code = salary.currency();
        if (code == null) {
            return;
        }
        boolean known = code.length() == 3 && code.equals(code.toUpperCase(java.util.Locale.ROOT));
        if (known) {
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                known = false;
            }
        }
        if (!known) {
            errors.add("preferences.salary_expectation.currency", "must be an ISO 4217 currency code such as USD or EUR");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Collected field errors, sorted by field so that responses are stable. */
    private static final class Errors {
        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        boolean has(String field) {
            return list.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "."));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<FieldError> list() {
            return list.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList();
        }
    }
}
