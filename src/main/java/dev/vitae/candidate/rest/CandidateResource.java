package dev.vitae.candidate.rest;

import jakarta.annotation.security.RolesAllowed;
import dev.vitae.account.security.Roles;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

import dev.vitae.account.CurrentAccount;
import dev.vitae.candidate.Activity;
import dev.vitae.candidate.Candidate;
import dev.vitae.candidate.CandidateFilter;
import dev.vitae.candidate.CandidateInput;
import dev.vitae.candidate.CandidateService;
import dev.vitae.candidate.Job;
import dev.vitae.candidate.ResumeLinks;
import dev.vitae.candidate.Stage;
import dev.vitae.common.ApiError;
import dev.vitae.common.ApiException;
import dev.vitae.common.ContentDisposition;
import dev.vitae.common.Cursors;
import dev.vitae.common.ETags;
import dev.vitae.common.Envelopes;
import dev.vitae.common.IdempotentRequests;
import dev.vitae.common.StorableText;
import dev.vitae.common.FieldError;
import dev.vitae.common.VitaeConfig;
import dev.vitae.resume.ResumeUploads;
import dev.vitae.resume.Upload;
import io.smallrye.mutiny.Uni;

/** Candidates of the candidates API, their activity history and their résumés. */
@Path("/api/v1")
// A started request runs to its end even if the client hangs up: see README, "Client disconnects".
@Cancellable(false)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "A recruiting pipeline: candidates in stages, notes, résumés and fit scores")
@SecurityRequirement(name = "Bearer")
@SecurityRequirement(name = "ApiKey")
@APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "unauthorized",
                value = "{\"error\": {\"code\": \"unauthorized\", \"message\": \"The API key is unknown or has been revoked.\"}}")))
@RolesAllowed(Roles.ACCOUNT)
public class CandidateResource {

    static final String CURSOR = "The pagination.next_cursor of the previous page (bound to the same filters)";
    private static final String CREATED_BOUND = "An exclusive bound on created_at: an ISO-8601 instant, or a date meaning its UTC midnight";


    private static final String CREATE_EXAMPLE = "{\"job_id\": 42, \"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\", "
            + "\"phone\": \"(415) 555-0134\", \"stage\": \"applied\", \"notes\": \"Referred by Grace\"}";
    private static final String DUPLICATE_EXAMPLE = "{\"error\": {\"code\": \"duplicate_candidate\", "
            + "\"message\": \"A candidate with this email already exists for this job (candidate 17).\"}}";

    private final CandidateService service;
    private final CurrentAccount account;
    private final ResumeUploads uploads;
    private final ResumeLinks links;
    private final VitaeConfig config;
    private final Validator validator;
    private final IdempotentRequests idempotency;

    public CandidateResource(CandidateService service, CurrentAccount account, ResumeUploads uploads, ResumeLinks links,
            VitaeConfig config, Validator validator, IdempotentRequests idempotency) {
        this.idempotency = idempotency;
        this.validator = validator;
        this.service = service;
        this.account = account;
        this.uploads = uploads;
        this.links = links;
        this.config = config;
    }

    /**
     * Multipart create: the same fields as the JSON body, as text form fields, plus an optional
     * {@code resume} file. {@link #request} reads the numbers and the stage from their text and
     * holds the result to the same constraints as the JSON body.
     */
    public static class CandidateForm {
        @RestForm("job_id") @Schema(required = true, type = SchemaType.INTEGER, format = "int64", description = "One of the account's jobs")
        public String jobId;
        @RestForm @Schema(required = true, minLength = 1, maxLength = CandidateCreateRequest.MAX_NAME) public String name;
        @RestForm public String email;
        @RestForm public String phone;
        @RestForm public String linkedin;
        @RestForm public String location;
        @RestForm @Schema(ref = "Stage") public String stage;
        @RestForm public String notes;
        @RestForm @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5") public String rating;
        @RestForm("ats_candidate_id") public String atsCandidateId;
        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary")
        public FileUpload resume;

        CandidateCreateRequest request(Validator validator) {
            List<FieldError> errors = new ArrayList<>();
            Long job = number(jobId, "job_id", "must be a job id (an integer)", errors);
            Long stars = number(rating, "rating", CandidateCreateRequest.RATING, errors);
            Stage named = stage == null ? null : Stage.parse(stage.trim()).orElse(null);
            if (stage != null && named == null) {
                errors.add(new FieldError("stage", Stage.expected()));
            }
            // Form fields are text the JSON body's reader would have refused: the same rule here.
            java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
            texts.put("name", name);
            texts.put("email", email);
            texts.put("phone", phone);
            texts.put("linkedin", linkedin);
            texts.put("location", location);
            texts.put("notes", notes);
            texts.put("ats_candidate_id", atsCandidateId);
            texts.forEach((field, text) -> {
                if (!StorableText.storable(text)) {
                    errors.add(new FieldError(field, StorableText.MESSAGE));
                }
            });
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            CandidateCreateRequest request = new CandidateCreateRequest(job, name, email, phone, linkedin, location, named,
                    notes, stars == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, stars)),
                    atsCandidateId);
            Set<ConstraintViolation<CandidateCreateRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return request;
        }

        private static Long number(String text, String field, String problem, List<FieldError> errors) {
            if (text == null || text.isBlank()) {
                return null;
            }
            if (!text.trim().matches("-?\\d{1,18}")) {
                errors.add(new FieldError(field, problem));
                return null;
            }
            return Long.parseLong(text.trim());
        }
    }

    @POST
    @Path("/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCandidate", summary = "Add a candidate to a job",
            description = "Adds a candidate to one of the account's jobs, in stage 'prospect' unless another is given. notes, when given, becomes a note_added activity. One candidate per email per job: a second answers 409 duplicate_candidate naming the first.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CandidateCreateRequest.class),
            examples = @ExampleObject(name = "candidate", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "{\"data\": candidate}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataCandidateView"), examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "400", description = "validation_error with details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_RATING)))
    @APIResponse(responseCode = "404", description = "The job is not one of the account's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "not_found", value = CandidateExamples.JOB_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Same email in the same job",
            content = @Content(examples = @ExampleObject(name = "duplicate", value = DUPLICATE_EXAMPLE)))
    public Uni<RestResponse<Envelopes.Data<Views.CandidateView>>> create(@Valid CandidateCreateRequest body, @Context UriInfo uri,
            @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (body == null) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        return create(body.input(), null, uri, idempotencyKey);
    }

    @POST
    @Path("/candidates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createCandidateWithResume", summary = "Add a candidate with a résumé (multipart: the JSON fields as form fields, plus 'resume')")
    @APIResponse(responseCode = "201", description = "{\"data\": candidate}, resume_status 'pending'",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataCandidateView"), examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "400", description = "validation_error with details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_RATING)))
    @APIResponse(responseCode = "404", description = "The job is not one of the account's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "not_found", value = CandidateExamples.JOB_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Same email in the same job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "duplicate_candidate", value = CandidateExamples.DUPLICATE)))
    @APIResponse(responseCode = "413", description = "Résumé over 10 MB")
    @APIResponse(responseCode = "415", description = "Résumé not PDF, DOCX, TXT, RTF or MD")
    public Uni<RestResponse<Envelopes.Data<Views.CandidateView>>> createWithResume(CandidateForm form, @Context UriInfo uri,
            @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        CandidateInput input = form.request(validator).input();
        if (form.resume == null) {
            return create(input, null, uri, idempotencyKey);
        }
        return uploads.accept(form.resume, "resume").chain(upload -> create(input, upload, uri, idempotencyKey));
    }

    /** Both forms of a create, JSON and multipart: the same request has the same fingerprint in either. */
    private Uni<RestResponse<Envelopes.Data<Views.CandidateView>>> create(CandidateInput input, Upload resume, UriInfo uri,
            String idempotencyKey) {
        UUID accountId = account.id();
        String fingerprint = idempotency.fingerprint("POST /api/v1/candidates", input,
                resume == null ? null : List.of(resume.fileName(), resume.sha256()));
        return idempotency.once(accountId.toString(), idempotencyKey, fingerprint, () -> service.create(accountId, input, resume)
                .onFailure(CandidateResource::isDuplicateEmail)
                .recoverWithUni(() -> service.holderOf(input.jobId(), input.email().value())
                        .map(id -> { throw CandidateService.duplicate(id); }))
                .chain(c -> view(accountId, c, uri))
                .map(shown -> RestResponse.ResponseBuilder.<Envelopes.Data<Views.CandidateView>>created(
                        URI.create("/api/v1/candidates/" + shown.view().id()))
                        .tag(ETags.of(shown.version()))
                        .entity(new Envelopes.Data<>(shown.view())).build()),
                RestResponse::toResponse);
    }

    @GET
    @Path("/candidates")
    @Operation(operationId = "listCandidates", summary = "List candidates, newest first",
            description = "Filters: job_id, email, stage, created_after, created_before (ISO-8601); limit 1–100 (25); "
                    + "cursor from the previous page (bound to the same filters).")
    @APIResponse(responseCode = "200", description = "A page of candidates: {\"data\": [...], \"pagination\": {...}}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageCandidateView"), examples = @ExampleObject(name = "candidates", value = CandidateExamples.CANDIDATE_PAGE)))
    @APIResponse(responseCode = "400", description = "A filter, limit or cursor that is not valid (validation_error naming it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_LIMIT)))
    public Uni<Envelopes.Page<Views.CandidateView>> list(@QueryParam("limit") @Parameter(schema = @Schema(ref = "PageLimit")) String limitParam,
            @QueryParam("cursor") @Parameter(description = CURSOR) String cursor,
            @QueryParam("job_id") @Parameter(description = "Only this job's candidates",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String jobId,
            @QueryParam("email") @Parameter(description = "Compared trimmed and case-insensitively") String email,
            @QueryParam("stage") @Parameter(schema = @Schema(ref = "Stage")) String stage,
            @QueryParam("created_after") @Parameter(description = CREATED_BOUND,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String createdAfter,
            @QueryParam("created_before") @Parameter(description = CREATED_BOUND,
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String createdBefore, @Context UriInfo uri) {
        UUID accountId = account.id();
        int limit = Envelopes.limit(limitParam);
        Stage named = stage == null ? null
                : Stage.parse(stage).orElseThrow(() -> ApiException.invalidField("stage", Stage.expected()));
        CandidateFilter filter = new CandidateFilter(accountId, longParam("job_id", jobId),
                email == null ? null : Candidate.normalizeEmail(StorableText.check("email", email)), named,
                instant("created_after", createdAfter),
                instant("created_before", createdBefore));
        Cursors.Position after = Cursors.decode(cursor, "candidates|" + filter.fingerprint());
        return service.page(filter, after, limit + 1).chain(rows -> {
            List<Long> jobIds = rows.stream().map(c -> c.jobId).distinct().toList();
            return service.jobsOf(accountId, jobIds).map(jobs -> {
                Map<Long, Job> byId = jobs.stream().collect(Collectors.toMap(j -> j.id, Function.identity()));
                String base = base(uri);
                return Envelopes.page(rows, limit, (Candidate c) -> new Cursors.Position(c.createdAt, c.id), "candidates|" + filter.fingerprint(),
                        c -> Views.CandidateView.of(c, byId.get(c.jobId), resumeUrl(c, base)));
            });
        });
    }

    @GET
    @Path("/candidates/{id}")
    @Operation(operationId = "getCandidate", summary = "Read a candidate",
            description = "The candidate with its job, its résumé status, parsed résumé and fit score once processed, and a signed link to the résumé file. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "{\"data\": candidate}, its version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataCandidateView"), examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "404", description = "not_found")
    public Uni<RestResponse<Envelopes.Data<Views.CandidateView>>> get(@PathParam("id") long id, @Context UriInfo uri) {
        UUID accountId = account.id();
        return service.show(accountId, id).map(shown -> shown(shown, uri)).map(CandidateResource::ok);
    }

    @PATCH
    @Path("/candidates/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateCandidate", summary = "Change a candidate",
            description = "All fields optional, at least one recognised; null clears a nullable field; 'notes' appends a "
                    + "note_added activity; a changed stage appends stage_changed {from, to}. All or nothing.")
    @APIResponse(responseCode = "200", description = "{\"data\": candidate}, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataCandidateView"), examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "400", description = "validation_error, or no recognised field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_RATING)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "409", description = "duplicate_candidate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "duplicate_candidate", value = CandidateExamples.DUPLICATE)))
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public Uni<RestResponse<Envelopes.Data<Views.CandidateView>>> patch(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CandidatePatchRequest.class)))
            @Valid CandidatePatchRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        if (body.namesNothing()) {
            throw ApiException.invalidField("body", "at least one recognised field must be present: " + CandidatePatchRequest.RECOGNISED);
        }
        UUID accountId = account.id();
        CandidateInput input = body.input();
        return service.patch(accountId, id, ifMatch, input)
                .onFailure(CandidateResource::isDuplicateEmail)
                .recoverWithUni(() -> service.get(accountId, id).chain(c -> service.holderOf(c.jobId, input.email().value()))
                        .map(holder -> { throw CandidateService.duplicate(holder); }))
                .map(changed -> shown(changed, uri))
                .map(CandidateResource::ok);
    }

    @DELETE
    @Path("/candidates/{id}")
    @Operation(operationId = "deleteCandidate", summary = "Delete a candidate, their history and résumé",
            description = "Deletes the candidate, their activities and their résumé file. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public Uni<Response> delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(account.id(), id, ifMatch).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/candidates/{id}/activities")
    @Operation(operationId = "listCandidateActivities", summary = "A candidate's history, newest first (cursor-paginated)",
            description = "The candidate's history — created, notes, stage changes, résumé uploads and their results — newest first, paginated with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "A page of activities: {\"data\": [...], \"pagination\": {...}}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageActivityView"), examples = @ExampleObject(name = "activities", value = CandidateExamples.ACTIVITY_PAGE)))
    @APIResponse(responseCode = "400", description = "A limit or cursor that is not valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_LIMIT)))
    @APIResponse(responseCode = "404", description = "not_found")
    public Uni<Envelopes.Page<Views.ActivityView>> activities(@PathParam("id") long id,
            @QueryParam("limit") @Parameter(schema = @Schema(ref = "PageLimit")) String limitParam,
            @QueryParam("cursor") @Parameter(description = CURSOR) String cursor) {
        int limit = Envelopes.limit(limitParam);
        String filters = "activities|" + id;
        Cursors.Position after = Cursors.decode(cursor, filters);
        return service.activities(account.id(), id, after, limit + 1)
                .map(rows -> Envelopes.page(rows, limit, (Activity a) -> new Cursors.Position(a.createdAt, a.id), filters,
                        Views.ActivityView::of));
    }

    @POST
    @Path("/candidates/{id}/resume")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "replaceCandidateResume", summary = "Replace the candidate's résumé; it is parsed again and the fit score recomputed",
            description = "Replaces the résumé file (multipart field 'resume'). The old file is deleted, resume_status goes back to 'pending', and the new file is parsed and scored in the background.")
    @APIResponse(responseCode = "200", description = "{\"data\": candidate} with resume_status 'pending'",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataCandidateView"), examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "400", description = "No 'resume' file part",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.NO_RESUME)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    @APIResponse(responseCode = "413", description = "Résumé over 10 MB")
    @APIResponse(responseCode = "415", description = "Résumé not PDF, DOCX, TXT, RTF or MD")
    public Uni<RestResponse<Envelopes.Data<Views.CandidateView>>> replaceResume(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RestForm("resume") FileUpload resume, @Context UriInfo uri, @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID accountId = account.id();
        return uploads.accept(resume, "resume")
                .chain(upload -> idempotency.once(accountId.toString(), idempotencyKey,
                        idempotency.fingerprint("POST /api/v1/candidates/" + id + "/resume", ifMatch, upload.fileName(), upload.sha256()),
                        () -> service.replaceResume(accountId, id, ifMatch, upload)
                                .chain(c -> view(accountId, c, uri))
                                .map(CandidateResource::ok),
                        RestResponse::toResponse));
    }

    /** A candidate as shown, with the version its ETag carries. */
    private record Shown(Views.CandidateView view, long version) {
    }

    private Uni<Shown> view(UUID accountId, Candidate c, UriInfo uri) {
        return service.jobsOf(accountId, List.of(c.jobId))
                .map(jobs -> shown(new CandidateService.WithJob(c, jobs.isEmpty() ? null : jobs.get(0)), uri));
    }

    private Shown shown(CandidateService.WithJob withJob, UriInfo uri) {
        Candidate c = withJob.candidate();
        String base = c.resumeFileId == null ? null : base(uri); // parsing the request URI costs, skip it when unused
        return new Shown(Views.CandidateView.of(c, withJob.job(), resumeUrl(c, base)), c.version);
    }

    private static RestResponse<Envelopes.Data<Views.CandidateView>> ok(Shown shown) {
        return RestResponse.ResponseBuilder.ok(new Envelopes.Data<>(shown.view())).tag(ETags.of(shown.version())).build();
    }

    private String resumeUrl(Candidate c, String base) {
        return c.resumeFileId == null ? null
                : base + ResumeLinks.PATH.substring(1) + links.token(c.publicId, c.resumeFileId, Instant.now());
    }

    private String base(UriInfo uri) {
        String base = config.candidates().publicUrl().orElse(uri.getBaseUri().toString());
        return base.endsWith("/") ? base : base + "/";
    }

    private static Long longParam(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(field, "must be an integer");
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(value.trim()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw ApiException.invalidField(field, "must be an ISO-8601 timestamp such as 2026-07-01T12:00:00Z or a date");
            }
        }
    }

    /** The unique index on (job, normalised email) refused a write that raced another. */
    static boolean isDuplicateEmail(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("candidate_job_email_uq")) {
                return true;
            }
        }
        return false;
    }
}
