package dev.vitae.common;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.smallrye.mutiny.CompositeException;

/**
 * Every failure leaves as the error body of the API it happened in: a designed 4xx with a
 * machine code, or a 500 that logs the stack trace and shows none of it.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return ErrorBodies.render(path(uri), e);
    }

    @ServerExceptionMapper
    public Response composite(CompositeException e, UriInfo uri) {
        return toResponse(e.getCause(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    /** Quarkus's own mapper would answer Jackson's binding failures with its own body. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    /** Failed {@code @Valid} parameters: Quarkus's own mapper would answer its own report body. */
    @ServerExceptionMapper
    public Response parameterViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    @ServerExceptionMapper
    public Response anything(Throwable e, UriInfo uri) {
        return toResponse(e, uri);
    }

    /** The error response for any failure, in the body of the API that {@code uri} belongs to. */
    public static Response toResponse(Throwable e, UriInfo uri) {
        String path = path(uri);
        Throwable cause = unwrap(e);
        if (cause instanceof WebApplicationException && cause.getCause() instanceof JsonProcessingException) {
            // The JSON body reader wraps parse failures; report what was wrong with the JSON.
            cause = cause.getCause();
        }
        if (cause instanceof JsonProcessingException && apiCause(cause) != null) {
            // Thrown while Jackson read the body (the JSON size limit): Jackson wrapped it with the field.
            cause = apiCause(cause);
        }
        if (cause instanceof IdempotentRequests.Replay replay) {
            return replay.response();
        }
        if (cause instanceof ApiException api) {
            return ErrorBodies.render(path, api);
        }
        if (cause instanceof JsonProcessingException json) {
            return ErrorBodies.render(path, JsonErrors.problem(json));
        }
        if (cause instanceof ConstraintViolationException violations) {
            return ErrorBodies.render(path, ApiException.validation(violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(Names.violationPath(v.getPropertyPath()), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .collect(Collectors.toList())));
        }
        if (DatabaseFailures.unreachable(e)) {
            LOG.warnf("Database unreachable while serving %s: %s", path, cause.getMessage());
            return Response.fromResponse(ErrorBodies.render(path, 503, "service_unavailable",
                    "The database is unavailable right now; retry in a few seconds.", List.of()))
                    .header("Retry-After", "5").build();
        }
        if (cause instanceof StaleStateException || cause instanceof OptimisticLockException) {
            return ErrorBodies.render(path, new ApiException(409, "conflict",
                    "The resource was changed by another request at the same time; read it again and retry."));
        }
        if (cause instanceof WebApplicationException web) {
            return webError(path, web);
        }
        Response multipart = malformedMultipart(path, cause);
        if (multipart != null) {
            return multipart;
        }
        LOG.errorf(cause, "Unhandled error on %s", path);
        return ErrorBodies.render(path, 500, "internal_error",
                "An unexpected error occurred; it has been logged.", List.of());
    }

    /**
     * A multipart body RESTEasy Reactive's reader cannot read is the client's mistake: a part header
     * it cannot parse, a body that ends before its closing boundary (400), or more parts than it
     * accepts (413). Null for any other failure.
     */
    private static Response malformedMultipart(String path, Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException
                || cause instanceof java.io.IOException && message.contains("reading multipart data")) {
            return ErrorBodies.render(path, 400, "validation_error",
                    "The multipart body is malformed: a part header cannot be read, or the body ends before its closing boundary.",
                    List.of());
        }
        if (message.matches("Param limit of \\d+ was exceeded")) {
            return ErrorBodies.render(path, 413, "payload_too_large", "The multipart body has more parts than are accepted ("
                    + message.replaceAll("\\D+", "") + ").", List.of());
        }
        return null;
    }

    private static Response webError(String path, WebApplicationException web) {
        int status = web.getResponse().getStatus();
        if (web instanceof NotAllowedException) {
            Response response = ErrorBodies.render(path, 405, "method_not_allowed",
                    "This method is not allowed on " + path + ".", List.of());
            return AllowedMethods.of(path)
                    .map(allow -> Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build())
                    .orElse(response);
        }
        if (web instanceof NotFoundException) {
            return ErrorBodies.render(path, 404, "not_found", "No resource at " + path + ".", List.of());
        }
        if (web instanceof NotSupportedException) {
            return ErrorBodies.render(path, 415, "unsupported_media_type",
                    "Unsupported Content-Type; send application/json.", List.of());
        }
        if (web instanceof NotAcceptableException) {
            return ErrorBodies.render(path, 406, "not_acceptable",
                    "This resource answers application/json only.", List.of());
        }
        if (status == 413) {
            return ErrorBodies.render(path, 413, "payload_too_large", "The request body is too large.", List.of());
        }
        if (status >= 500) {
            LOG.errorf(web, "Server error on %s", path);
            return ErrorBodies.render(path, status, "internal_error", "An unexpected error occurred.", List.of());
        }
        String code = status == 400 ? "validation_error" : "http_" + status;
        String message = web.getMessage() == null || web.getMessage().isBlank()
                ? ErrorBodies.title(status) : web.getMessage();
        return ErrorBodies.render(path, status, code, message, List.of());
    }

    private static ApiException apiCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }

    static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof CompositeException || current instanceof java.util.concurrent.CompletionException
                || (current instanceof jakarta.persistence.PersistenceException
                        && !(current instanceof OptimisticLockException)))
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String path(UriInfo uri) {
        return uri == null ? "" : uri.getPath();
    }
}
