package dev.vitae.candidate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.vitae.common.ApiException;
import dev.vitae.common.FieldError;

/**
 * One create or PATCH body of the candidates API, validated. As the original API documents,
 * unrecognised fields are ignored; a recognised field with a wrong value answers 400 naming it.
 * For PATCH, {@link #present} tells an absent field (untouched) from a null one (cleared).
 */
public record CandidateInput(Set<String> present, Long jobId, String name, String email, String phone,
        String linkedin, String location, String stage, String notes, Integer rating, String atsCandidateId) {

    static final Set<String> RECOGNISED = Set.of("name", "email", "phone", "linkedin", "location", "stage", "notes",
            "rating", "ats_candidate_id");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    public boolean has(String field) {
        return present.contains(field);
    }

    public static CandidateInput forCreate(JsonNode body) {
        return read(body, true);
    }

    public static CandidateInput forPatch(JsonNode body) {
        return read(body, false);
    }

    private static CandidateInput read(JsonNode body, boolean create) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> present = new java.util.HashSet<>();
        body.fieldNames().forEachRemaining(name -> {
            if (RECOGNISED.contains(name) || (create && name.equals("job_id"))) {
                present.add(name);
            }
        });
        if (!create && present.isEmpty()) {
            throw ApiException.invalidField("body", "at least one recognised field must be present: "
                    + String.join(", ", new java.util.TreeSet<>(RECOGNISED)));
        }
        Long jobId = null;
        if (create) {
            JsonNode job = body.get("job_id");
            if (job == null || job.isNull()) {
                errors.add(new FieldError("job_id", "is required"));
            } else if (job.isIntegralNumber() && job.canConvertToLong()) {
                jobId = job.longValue();
            } else if (job.isTextual() && job.textValue().trim().matches("\\d{1,18}")) {
                // Multipart forms carry every field as text.
                jobId = Long.parseLong(job.textValue().trim());
            } else {
                errors.add(new FieldError("job_id", "must be a job id (an integer)"));
            }
        }
        String name = JsonFields.trimmed(body, "name", 200, false, errors);
        if (name != null) {
            if (name.isEmpty()) {
                errors.add(new FieldError("name", "must be 1 to 200 characters after trimming"));
            }
        } else if ((create || body.has("name")) && !hasError(errors, "name")) {
            errors.add(new FieldError("name", create && !body.has("name") ? "is required" : "must not be null"));
        }
        String email = JsonFields.trimmed(body, "email", 320, true, errors);
        if (email != null) {
            if (!EMAIL.matcher(email).matches()) {
                errors.add(new FieldError("email", "must be an email address"));
            }
        }
        String phone = JsonFields.trimmed(body, "phone", 100, true, errors);
        String linkedin = JsonFields.trimmed(body, "linkedin", 500, true, errors);
        if (linkedin != null && !isHttpUrl(linkedin)) {
            errors.add(new FieldError("linkedin", "must be an absolute http(s) URL"));
        }
        String location = JsonFields.trimmed(body, "location", 500, true, errors);
        String stage = null;
        if (body.has("stage")) {
            JsonNode node = body.get("stage");
            if (node.isNull()) {
                errors.add(new FieldError("stage", "must not be null"));
            } else if (!node.isTextual() || !Stages.ALL.contains(node.textValue())) {
                errors.add(new FieldError("stage", "must be one of: " + String.join(", ", Stages.ALL)));
            } else {
                stage = node.textValue();
            }
        }
        String notes = JsonFields.text(body, "notes", 2000, true, errors);
        Integer rating = null;
        if (body.has("rating") && !body.get("rating").isNull()) {
            JsonNode node = body.get("rating");
            if (!node.isIntegralNumber() || node.intValue() < 1 || node.intValue() > 5) {
                errors.add(new FieldError("rating", "must be an integer from 1 to 5, or null"));
            } else {
                rating = node.intValue();
            }
        }
        String ats = JsonFields.trimmed(body, "ats_candidate_id", 255, true, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList());
        }
        return new CandidateInput(Set.copyOf(present), jobId, name, email, phone, linkedin, location, stage, notes,
                rating, ats);
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
