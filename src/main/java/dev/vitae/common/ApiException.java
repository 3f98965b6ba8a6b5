package dev.vitae.common;

import java.util.List;

/**
 * A failure the client can act on. Carries the HTTP status, a stable machine code and a
 * sentence for people; each API renders it in its own error body (see {@link ErrorMappers}).
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldError> errors;

    public ApiException(int status, String code, String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found.");
    }

    public static ApiException validation(List<FieldError> errors) {
        String message = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "The request has " + errors.size() + " invalid fields.";
        return new ApiException(400, "validation_error", message, errors);
    }

    public static ApiException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "validation_error", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException payloadTooLarge(String message) {
        return new ApiException(413, "payload_too_large", message);
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "precondition_failed",
                "If-Match does not match the current ETag; read the resource again and retry.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
