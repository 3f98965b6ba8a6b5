package dev.vitae.common;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Renders an error in the body its API's clients expect: the candidates API ({@code /api/v1})
 * answers {@code {"error": {"code", "message", "details"}}}; everything else (profiles, admin,
 * unknown routes) answers RFC 9457 {@code application/problem+json}.
 */
public final class ErrorBodies {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final String CANDIDATES_PREFIX = "/api/v1/";

    private ErrorBodies() {
    }

    public static Response render(String path, ApiException e) {
        return render(path, e.status(), e.code(), e.getMessage(), e.errors());
    }

    public static Response render(String path, int status, String code, String message, List<FieldError> errors) {
        return Response.status(status)
                .type(mediaType(path))
                .entity(body(path, status, code, message, errors))
                .build();
    }

    public static MediaType mediaType(String path) {
        return isCandidatesApi(path) ? MediaType.APPLICATION_JSON_TYPE : PROBLEM_JSON;
    }

    public static Object body(String path, int status, String code, String message, List<FieldError> errors) {
        return isCandidatesApi(path) ? ApiError.of(code, message, errors) : Problem.of(status, code, message, errors);
    }

    private static boolean isCandidatesApi(String path) {
        return path != null && (path.startsWith(CANDIDATES_PREFIX) || path.equals("/api/v1"));
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }
}
