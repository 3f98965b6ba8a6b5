package dev.vitae.candidate.rest;

import jakarta.annotation.security.PermitAll;
import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.vitae.candidate.CandidateService;
import dev.vitae.candidate.ResumeLinks;
import dev.vitae.common.ContentDisposition;
import io.smallrye.mutiny.Uni;

import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A candidate's résumé file by the signed link a candidate's {@code resume_url} carries. The link
 * is the credential: no API key, so this public operation lives apart from the keyed candidates API.
 */
@Path("/api/v1/resume-files")
@Cancellable(false)
@Tag(name = "Candidates")
@PermitAll
public class ResumeFileResource {

    private final CandidateService service;
    private final ResumeLinks links;

    public ResumeFileResource(CandidateService service, ResumeLinks links) {
        this.service = service;
        this.links = links;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.WILDCARD)
    @SecurityRequirements
    @Operation(operationId = "downloadLinkedResume",
            summary = "A candidate's résumé file by signed link (resume_url); no API key needed",
            description = "The file behind a candidate's resume_url. The link is signed and expires after 24 hours; it needs no API key, so it can be handed to a browser or another service. An altered link answers 403, an expired one 410.")
    @APIResponse(responseCode = "200", description = "The file as uploaded, as an attachment, with its own content type",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "The link was altered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "forbidden",
                    value = "{\"error\": {\"code\": \"forbidden\", \"message\": \"This résumé link is not valid.\"}}")))
    @APIResponse(responseCode = "410", description = "The link is older than 24 hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "link_expired",
                    value = "{\"error\": {\"code\": \"link_expired\", \"message\": \"This résumé link has expired; fetch the candidate again for a fresh one.\"}}")))
    @APIResponse(responseCode = "404", description = "The candidate or the file is gone",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Uni<Response> resumeFile(@PathParam("token") String token) {
        ResumeLinks.Grant grant = links.verify(token, Instant.now());
        return service.linkedFile(grant.candidatePublicId(), grant.fileId())
                .map(file -> Response.ok(file.content, file.contentType)
                        .header("Content-Disposition", ContentDisposition.attachment(file.fileName))
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Cache-Control", "private, max-age=300")
                        .build());
    }
}
