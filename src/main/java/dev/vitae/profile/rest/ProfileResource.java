package dev.vitae.profile.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.vitae.account.CurrentAccount;
import dev.vitae.common.ETags;
import dev.vitae.profile.Profile;
import dev.vitae.profile.ProfileService;
import io.smallrye.mutiny.Uni;

/** The auto-apply profiles API. Rules live in {@link ProfileService} and {@link ProfileRequestReader}. */
@Path("/api/auto-apply/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "Applicant profiles for auto-apply agents")
@SecurityRequirement(name = "ApiKey")
@SecurityRequirement(name = "Bearer")
@APIResponse(responseCode = "401", description = "Missing, unknown or revoked API key",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unauthorized",
                value = ProfileExamples.UNAUTHORIZED)))
public class ProfileResource {

    static final String BASE = "/api/auto-apply/profiles";

    private final ProfileService service;
    private final ProfileRequestReader reader;
    private final CurrentAccount account;

    public ProfileResource(ProfileService service, ProfileRequestReader reader, CurrentAccount account) {
        this.service = service;
        this.reader = reader;
        this.account = account;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a profile", description = "Absent sections start empty. contact is required.")
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
    public Uni<Response> create(JsonNode body) {
        return service.create(account.id(), reader.forCreate(body))
                .map(profile -> withETag(Response.created(URI.create(BASE + "/" + profile.id)), profile));
    }

    @GET
    @Operation(summary = "List the account's profiles, newest first (a bare JSON array)")
    @APIResponse(responseCode = "200", description = "The profiles",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProfileView.class)))
    public Uni<List<ProfileView>> list() {
        return service.list(account.id()).map(profiles -> profiles.stream().map(ProfileView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a profile")
    @APIResponse(responseCode = "200", description = "The profile; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = ProfileExamples.PROFILE)))
    @APIResponse(responseCode = "404", description = "No such profile in this account",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not_found",
                    value = ProfileExamples.NOT_FOUND)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(account.id(), id).map(profile -> withETag(Response.ok(), profile));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @Operation(summary = "Replace sections of a profile",
            description = "Every top-level key present replaces that entire section; {} or [] clears it "
                    + "(contact must keep first_name, last_name and email); cover_letter_template \"\" clears it. "
                    + "A successful PATCH of an import_failed profile makes it ready.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProfileRequest.class),
            examples = @ExampleObject(name = "preferences", value = ProfileExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The updated profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
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
    public Uni<Response> patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        return service.patch(account.id(), id, ifMatch, reader.forPatch(body))
                .map(profile -> withETag(Response.ok(), profile));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a profile (also while importing: the import is abandoned)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such profile in this account",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(account.id(), id, ifMatch).replaceWith(Response.noContent().build());
    }

    private static Response withETag(Response.ResponseBuilder builder, Profile profile) {
        return builder.tag(ETags.of(profile.version)).entity(ProfileView.of(profile)).build();
    }
}
