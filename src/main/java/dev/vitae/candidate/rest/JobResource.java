package dev.vitae.candidate.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import dev.vitae.account.security.Roles;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import dev.vitae.account.CurrentAccount;
import dev.vitae.candidate.Job;
import dev.vitae.candidate.JobService;
import dev.vitae.common.ApiException;
import dev.vitae.common.Cursors;
import dev.vitae.common.ETags;
import dev.vitae.common.Envelopes;
import dev.vitae.common.IdempotentRequests;
import io.smallrye.mutiny.Uni;

/** Jobs of the candidates API. */
@Path("/api/v1/jobs")
// A started request runs to its end even if the client hangs up: see README, "Client disconnects".
@Cancellable(false)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Jobs candidates apply to")
@SecurityRequirement(name = "Bearer")
@SecurityRequirement(name = "ApiKey")
@APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
        content = @Content(examples = @ExampleObject(name = "unauthorized",
                value = "{\"error\": {\"code\": \"unauthorized\", \"message\": \"The API key is unknown or has been revoked.\"}}")))
@RolesAllowed(Roles.ACCOUNT)
public class JobResource {

    private static final String EXAMPLE = "{\"title\": \"Senior Backend Engineer\", \"description\": \"Go, Kubernetes, "
            + "PostgreSQL. 5+ years building distributed systems.\", \"location\": \"Berlin, Germany\", \"status\": \"open\"}";

    private final JobService service;
    private final CurrentAccount account;
    private final IdempotentRequests idempotency;

    public JobResource(JobService service, CurrentAccount account, IdempotentRequests idempotency) {
        this.service = service;
        this.account = account;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createJob", summary = "Create a job",
            description = "Creates a job. Its description is what candidates' résumés are scored against (fit_score).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = JobCreateRequest.class),
            examples = @ExampleObject(name = "job", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "{\"data\": job}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataJobView"), examples = @ExampleObject(name = "job", value = CandidateExamples.JOB)))
    @APIResponse(responseCode = "400", description = "validation_error with details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_TITLE)))
    public Uni<RestResponse<Envelopes.Data<Views.JobView>>> create(@Valid JobCreateRequest body, @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (body == null) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        UUID accountId = account.id();
        return idempotency.once(accountId.toString(), idempotencyKey, idempotency.fingerprint("POST /api/v1/jobs", body),
                () -> service.create(accountId, body.input())
                        .map(job -> RestResponse.ResponseBuilder.<Envelopes.Data<Views.JobView>>created(URI.create("/api/v1/jobs/" + job.id))
                                .tag(ETags.of(job.version)).entity(new Envelopes.Data<>(Views.JobView.of(job))).build()),
                RestResponse::toResponse);
    }

    @GET
    @Operation(operationId = "listJobs", summary = "List jobs, newest first (cursor-paginated)",
            description = "The account's jobs, newest first, paginated with an opaque cursor (pagination.next_cursor).")
    @APIResponse(responseCode = "200", description = "A page of jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PageJobView"), examples = @ExampleObject(name = "jobs", value = CandidateExamples.JOB_PAGE)))
    @APIResponse(responseCode = "400", description = "A limit or cursor that is not valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_LIMIT)))
    public Uni<Envelopes.Page<Views.JobView>> list(@QueryParam("limit") @Parameter(schema = @Schema(ref = "PageLimit")) String limitParam,
            @QueryParam("cursor") @Parameter(description = CandidateResource.CURSOR) String cursor) {
        int limit = Envelopes.limit(limitParam);
        Cursors.Position after = Cursors.decode(cursor, "jobs");
        return service.page(account.id(), after, limit + 1)
                .map(rows -> Envelopes.page(rows, limit, (Job j) -> new Cursors.Position(j.createdAt, j.id), "jobs",
                        Views.JobView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getJob", summary = "Read a job",
            description = "The job. The ETag is its version.")
    @APIResponse(responseCode = "200", description = "{\"data\": job}, its version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataJobView"), examples = @ExampleObject(name = "job", value = CandidateExamples.JOB)))
    @APIResponse(responseCode = "404", description = "not_found")
    public Uni<RestResponse<Envelopes.Data<Views.JobView>>> get(@PathParam("id") long id) {
        return service.get(account.id(), id).map(JobResource::ok);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateJob", summary = "Change a job's title, description, location or status (open/closed)",
            description = "Changes the fields present; null clears description or location. A closed job still accepts candidates. If-Match is honoured when sent.")
    @APIResponse(responseCode = "200", description = "{\"data\": job}, its new version in ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataJobView"), examples = @ExampleObject(name = "job", value = CandidateExamples.JOB)))
    @APIResponse(responseCode = "400", description = "validation_error, or no recognised field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "validation_error", value = CandidateExamples.BAD_TITLE)))
    @APIResponse(responseCode = "404", description = "not_found")
    @APIResponse(responseCode = "412", description = "If-Match does not match")
    public Uni<RestResponse<Envelopes.Data<Views.JobView>>> patch(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = JobPatchRequest.class)))
            @Valid JobPatchRequest body) {
        if (body == null) {
            throw ApiException.badRequest("The request body must be a JSON object.");
        }
        if (body.namesNothing()) {
            throw ApiException.invalidField("body", "at least one recognised field must be present: " + JobPatchRequest.RECOGNISED);
        }
        return service.update(account.id(), id, ifMatch, body.input()).map(JobResource::ok);
    }

    private static RestResponse<Envelopes.Data<Views.JobView>> ok(Job job) {
        return RestResponse.ResponseBuilder.ok(new Envelopes.Data<>(Views.JobView.of(job))).tag(ETags.of(job.version)).build();
    }
}
