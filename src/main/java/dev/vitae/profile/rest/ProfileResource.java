package dev.vitae.profile.rest;

import jakarta.annotation.security.RolesAllowed;
import dev.vitae.account.security.Roles;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.Cancellable;

import dev.vitae.account.CurrentAccount;
import dev.vitae.common.IdempotentRequests;
import dev.vitae.common.ApiException;
import dev.vitae.common.ContentDisposition;
import dev.vitae.common.ETags;
import dev.vitae.common.validation.OnCreate;
import dev.vitae.profile.Profile;
import dev.vitae.profile.ProfileImportTarget;
import dev.vitae.profile.ProfileRows;
import dev.vitae.profile.ProfileService;
import dev.vitae.profile.ProfileStatus;
import dev.vitae.resume.ImportWaiters;
import dev.vitae.resume.ResumeUploads;
import io.smallrye.mutiny.Uni;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The auto-apply profiles API. Bodies are typed ({@link ProfileRequest} in, {@link ProfileView}
 * out) and checked by Jackson and Bean Validation before a method runs; the rules that need the
 * stored profile live in {@link ProfileService}.
 */
@Path("/api/auto-apply/profiles")
// A started request runs to its end even if the client hangs up: see README, "Client disconnects".
@Cancellable(false)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "Applicant profiles for auto-apply agents")
@SecurityRequirement(name = "ApiKey")
@SecurityRequirement(name = "Bearer")
@APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unauthorized",
                value = ProfileExamples.UNAUTHORIZED)))
@RolesAllowed(Roles.ACCOUNT)
public class ProfileResource {

    static final String BASE = "/api/auto-apply/profiles";

    /** Longest {@code Prefer: wait} honoured, in seconds. */
    static final int MAX_WAIT_SECONDS = 60;
    private static final Pattern PREFER_WAIT = Pattern.compile("(?i)(?:^|[,;\\s])wait\\s*=\\s*(\\d{1,6})");

    private final ProfileService service;
    private final CurrentAccount account;
    private final ResumeUploads uploads;
    private final ImportWaiters waiters;
    private final ProfileRows reads;
    private final IdempotentRequests idempotency;

    public ProfileResource(ProfileService service, CurrentAccount account,
            ResumeUploads uploads, ImportWaiters waiters, ProfileRows reads, IdempotentRequests idempotency) {
        this.reads = reads;
        this.idempotency = idempotency;
        this.service = service;
        this.account = account;
        this.uploads = uploads;
        this.waiters = waiters;
    }

    /** The multipart form of an upload, for the OpenAPI document. */
    @RegisterForReflection
    public record ResumeUploadForm(@Schema(type = SchemaType.STRING, format = "binary",
            description = "PDF, DOCX, TXT, RTF or MD, at most 10 MB") String file) {
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "importProfile", summary = "Create a profile from a résumé",
            description = "Stores the file, creates a profile in 'importing' and parses it in the background. "
                    + "Read the profile (with 'Prefer: wait=N' to wait up to N ≤ 60 s) to see the result.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ResumeUploadForm.class)))
    @APIResponse(responseCode = "202", description = "Accepted; Location points at the new profile",
            content = @Content(schema = @Schema(implementation = ImportAccepted.class),
                    examples = @ExampleObject(name = "accepted", value = ProfileExamples.IMPORT_ACCEPTED)))
    @APIResponse(responseCode = "400", description = "No 'file' field", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "validation_error", value = ProfileExamples.NO_FILE)))
    @APIResponse(responseCode = "413", description = "File over 10 MB", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Not a PDF, DOCX, TXT, RTF or Markdown file (judged by its bytes)",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<RestResponse<ImportAccepted>> importResume(@RestForm("file") FileUpload file,
            @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID accountId = account.id();
        return uploads.accept(file, "file")
                .chain(upload -> idempotency.once(accountId.toString(), idempotencyKey,
                        idempotency.fingerprint("POST " + BASE + "/import", upload.fileName(), upload.sha256()),
                        () -> service.startImport(accountId, upload).map(ProfileResource::accepted), RestResponse::toResponse));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "reimportProfile", summary = "Re-import a profile from a new résumé",
            description = "Replaces contact, location, links, work experience, education and memories with what the "
                    + "file yields; eligibility, preferences, self-identification and the cover letter stay.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ResumeUploadForm.class)))
    @APIResponse(responseCode = "202", description = "Accepted", content = @Content(schema = @Schema(implementation = ImportAccepted.class),
            examples = @ExampleObject(name = "accepted", value = ProfileExamples.IMPORT_ACCEPTED)))
    @APIResponse(responseCode = "404", description = "No such profile", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "An import is already running", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "profile_importing", value = ProfileExamples.IMPORTING)))
    @APIResponse(responseCode = "413", description = "File over 10 MB", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Unsupported file type", content = @Content(mediaType = "application/problem+json"))
    public Uni<RestResponse<ImportAccepted>> reimport(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RestForm("file") FileUpload file, @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        UUID accountId = account.id();
        return uploads.accept(file, "file")
                .chain(upload -> idempotency.once(accountId.toString(), idempotencyKey,
                        idempotency.fingerprint("POST " + BASE + "/" + id + "/resume", ifMatch, upload.fileName(), upload.sha256()),
                        () -> service.reimport(accountId, id, ifMatch, upload).map(ProfileResource::accepted),
                        RestResponse::toResponse));
    }

    @GET
    @Path("/{id}/resume")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadProfileResume", summary = "Download the original résumé file",
            description = "The file last imported into this profile, byte for byte, with the content type judged at upload and an attachment Content-Disposition with a safe file name. 404 when the profile has no file.")
    @APIResponse(responseCode = "200", description = "The file, with its content type and a safe Content-Disposition")
    @APIResponse(responseCode = "404", description = "No such profile, or no file", content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> resume(@PathParam("id") UUID id) {
        return service.resumeFile(account.id(), id).map(file -> Response.ok(file.content, file.contentType)
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build());
    }

    private static RestResponse<ImportAccepted> accepted(Profile profile) {
        return RestResponse.ResponseBuilder.accepted(new ImportAccepted(profile.id, profile.status))
                .location(URI.create(BASE + "/" + profile.id))
                .tag(ETags.of(profile.version))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProfile", summary = "Create a profile", description = "Absent sections start empty. contact is required.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProfileRequest.class),
            examples = @ExampleObject(name = "minimal", value = ProfileExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = ProfileExamples.PROFILE)))
    @APIResponse(responseCode = "400", description = "Invalid, unknown or read-only field",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "validation", value = ProfileExamples.VALIDATION)))
    @APIResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Not application/json", content = @Content(mediaType = "application/problem+json"))
    public Uni<RestResponse<ProfileView>> create(@Valid @ConvertGroup(to = OnCreate.class) ProfileRequest body,
            @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        if (body == null) {
            throw ApiException.badRequest("A JSON object body is required.");
        }
        UUID accountId = account.id();
        return idempotency.once(accountId.toString(), idempotencyKey, idempotency.fingerprint("POST " + BASE, body),
                () -> service.create(accountId, body.changes())
                        .map(profile -> withETag(RestResponse.ResponseBuilder.created(URI.create(BASE + "/" + profile.id)), profile)),
                RestResponse::toResponse);
    }

    @GET
    @Operation(operationId = "listProfiles", summary = "List the account's profiles, newest first (a bare JSON array)",
            description = "Every profile of the account, newest first, as a bare JSON array of the same objects GET /{id} answers.")
    @APIResponse(responseCode = "200", description = "The profiles",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profiles", value = "[" + ProfileExamples.PROFILE + "]")))
    public Uni<List<ProfileView>> list() {
        return service.list(account.id()).map(profiles -> profiles.stream().map(ProfileView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProfile", summary = "Read a profile",
            description = "With 'Prefer: wait=N' (N ≤ 60) while the profile is importing, answers as soon as the "
                    + "import ends or N seconds pass; 'Preference-Applied' says so.")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = ProfileExamples.PROFILE)))
    @APIResponse(responseCode = "404", description = "No such profile in this account",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not_found",
                    value = ProfileExamples.NOT_FOUND)))
    public Uni<RestResponse<ProfileView>> get(@PathParam("id") UUID id, @HeaderParam("Prefer") String prefer) {
        UUID accountId = account.id();
        OptionalInt wait = waitSeconds(prefer);
        if (wait.isEmpty()) {
            return reads.find(accountId, id).map(profile -> withETag(RestResponse.ResponseBuilder.ok(), profile));
        }
        int seconds = wait.getAsInt();
        // Register before reading, so an import that ends in between still wakes us.
        ImportWaiters.Waiter waiter = waiters.register(ProfileImportTarget.NAME + ":" + id);
        return reads.find(accountId, id)
                .chain(profile -> {
                    if (profile.status != ProfileStatus.IMPORTING) {
                        waiter.cancel();
                        return Uni.createFrom().item(profile);
                    }
                    return waiter.until(Duration.ofSeconds(seconds)).chain(() -> reads.find(accountId, id));
                })
                .onFailure().invoke(waiter::cancel)
                .map(profile -> withETag(RestResponse.ResponseBuilder.<ProfileView>ok().header("Preference-Applied",
                        "wait=" + seconds), profile));
    }

    /** {@code Prefer: wait=N} (RFC 7240), capped at 60 seconds. */
    static OptionalInt waitSeconds(String prefer) {
        if (prefer == null) {
            return OptionalInt.empty();
        }
        Matcher m = PREFER_WAIT.matcher(prefer);
        return m.find() ? OptionalInt.of(Math.min(MAX_WAIT_SECONDS, Integer.parseInt(m.group(1)))) : OptionalInt.empty();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(operationId = "updateProfile", summary = "Replace sections of a profile",
            description = "Every top-level key present replaces that entire section; {} or [] clears it "
                    + "(contact must keep first_name, last_name and email); cover_letter_template \"\" clears it. "
                    + "A successful PATCH of an import_failed profile makes it ready.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProfileRequest.class),
            examples = @ExampleObject(name = "preferences", value = ProfileExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The updated profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = ProfileExamples.PROFILE)))
    @APIResponse(responseCode = "400", description = "Invalid, unknown or read-only field",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "validation", value = ProfileExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such profile in this account",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "The profile is importing; nothing was changed",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "profile_importing", value = ProfileExamples.IMPORTING)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<RestResponse<ProfileView>> patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ProfileRequest body) {
        if (body == null) {
            throw ApiException.badRequest("A JSON object body is required.");
        }
        if (body.namesNothing()) {
            throw ApiException.badRequest("The PATCH body has no field to change.");
        }
        return service.patch(account.id(), id, ifMatch, body.changes())
                .map(profile -> withETag(RestResponse.ResponseBuilder.ok(), profile));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteProfile", summary = "Delete a profile (also while importing: the import is abandoned)",
            description = "Deletes the profile and its stored résumé file. An import still running for it is abandoned: its result is never written. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such profile in this account",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(account.id(), id, ifMatch).replaceWith(RestResponse.noContent());
    }

    private static RestResponse<ProfileView> withETag(RestResponse.ResponseBuilder<ProfileView> builder, Profile profile) {
        return builder.tag(ETags.of(profile.version)).entity(ProfileView.of(profile)).build();
    }
}
