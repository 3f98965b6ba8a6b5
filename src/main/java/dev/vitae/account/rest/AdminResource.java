package dev.vitae.account.rest;

import jakarta.annotation.security.RolesAllowed;
import dev.vitae.account.security.Roles;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import dev.vitae.account.AccountService;
import dev.vitae.account.rest.AdminDtos.AccountView;
import dev.vitae.account.rest.AdminDtos.CreateAccountRequest;
import dev.vitae.account.rest.AdminDtos.CreatedAccount;
import dev.vitae.account.rest.AdminDtos.CreatedKey;
import dev.vitae.account.rest.AdminDtos.KeyView;
import dev.vitae.common.ApiException;
import dev.vitae.common.IdempotentRequests;
import io.smallrye.mutiny.Uni;

/** Operator endpoints: accounts and their API keys. Only the admin token gives {@code Roles.ADMIN}; with none configured, {@link AdminTokenFilter} hides them (404). */
@Path("/admin")
@SecurityRequirement(name = "AdminToken")
// A started request runs to its end even if the client hangs up: see README, "Client disconnects".
@Cancellable(false)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Operator endpoints. Every call needs the header X-Admin-Token with the value configured as vitae.admin.token.")
@APIResponse(responseCode = "401", description = "Missing or wrong admin token",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "Unknown account or key; or no admin token is configured",
        content = @Content(mediaType = "application/problem+json"))
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private static final String ACCOUNT = "{\"id\": \"3f1c2a7e-8b4d-4c1e-9f2a-6d5b0e7c1a93\", \"name\": \"Acme\", \"created_at\": \"2026-07-01T12:00:00Z\"}";
    private static final String KEY = "{\"id\": \"9a2e4b1c-7d3f-4e8a-b6c5-2f1d0e9a8b7c\", \"account_id\": \"3f1c2a7e-8b4d-4c1e-9f2a-6d5b0e7c1a93\","
            + " \"prefix\": \"vk_AbCdEfGh\", \"created_at\": \"2026-07-01T12:00:00Z\", \"last_used_at\": \"2026-07-02T08:15:00Z\","
            + " \"revoked_at\": null}";
    private static final String BAD_NAME = "{\"type\": \"urn:vitae:problem:validation_error\", \"title\": \"Bad Request\", \"status\": 400,"
            + " \"detail\": \"name: must be 1 to 200 characters\", \"code\": \"validation_error\","
            + " \"message\": \"name: must be 1 to 200 characters\", \"errors\": [{\"field\": \"name\", \"message\": \"must be 1 to 200 characters\"}]}";


    private static final int MAX_NAME = 200;

    /** The admin API's own scope of idempotency keys. */
    private static final String SCOPE = "admin";

    private final AccountService service;
    private final IdempotentRequests idempotency;

    public AdminResource(AccountService service, IdempotentRequests idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account and its first API key (the secret is shown once)",
            description = "Creates an account and issues its first API key. The secret (api_key) is in this answer only; store it. key is that key as the keys endpoints show it, so it can be revoked.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "account", value = "{\"name\": \"Acme\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location points at the account",
            content = @Content(schema = @Schema(implementation = CreatedAccount.class), examples = @ExampleObject(
            name = "created", value = "{\"account\": {\"id\": \"3f1c2a7e-8b4d-4c1e-9f2a-6d5b0e7c1a93\", \"name\": \"Acme\", \"created_at\": \"2026-07-01T12:00:00Z\"},"
                    + " \"api_key\": \"vk_…\", \"key\": {\"id\": \"9a2e4b1c-7d3f-4e8a-b6c5-2f1d0e9a8b7c\", \"account_id\": \"3f1c2a7e-8b4d-4c1e-9f2a-6d5b0e7c1a93\", \"prefix\": \"vk_AbCdEfGh\","
                    + " \"created_at\": \"2026-07-01T12:00:00Z\", \"last_used_at\": null, \"revoked_at\": null, \"api_key\": \"vk_…\"}}")))
    @APIResponse(responseCode = "400", description = "Missing or invalid name",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "validation_error", value = BAD_NAME)))
    public Uni<Response> createAccount(CreateAccountRequest request, @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String name = request == null || request.name() == null ? "" : request.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ApiException.invalidField("name", "must be 1 to " + MAX_NAME + " characters");
        }
        return idempotency.once(SCOPE, idempotencyKey, idempotency.fingerprint("POST /admin/accounts", name),
                () -> service.createAccount(name).map(created -> Response
                        .created(URI.create("/admin/accounts/" + created.account().id))
                        .entity(CreatedAccount.of(created.account(), created.key()))
                        .build()),
                answer -> answer);
    }

    @GET
    @Path("/accounts/{accountId}")
    @Operation(operationId = "getAccount", summary = "Read an account",
            description = "The account's id, name and creation time.")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountView.class), examples = @ExampleObject(name = "account", value = ACCOUNT)))
    public Uni<AccountView> account(@PathParam("accountId") UUID accountId) {
        return service.account(accountId).map(AccountView::of);
    }

    @POST
    @Path("/accounts/{accountId}/keys")
    @Operation(operationId = "createApiKey", summary = "Issue a further API key for an account (the secret is shown once)",
            description = "Issues another key for the account, e.g. to rotate keys without downtime. The secret (api_key) is in this answer only.")
    @APIResponse(responseCode = "201", description = "Created; Location points at the key",
            content = @Content(schema = @Schema(implementation = CreatedKey.class), examples = @ExampleObject(
            name = "key", value = "{\"id\": \"9a2e4b1c-7d3f-4e8a-b6c5-2f1d0e9a8b7c\", \"account_id\": \"3f1c2a7e-8b4d-4c1e-9f2a-6d5b0e7c1a93\", \"prefix\": \"vk_AbCdEfGh\","
                    + " \"created_at\": \"2026-07-01T12:00:00Z\", \"last_used_at\": null, \"revoked_at\": null, \"api_key\": \"vk_…\"}")))
    public Uni<Response> createKey(@PathParam("accountId") UUID accountId, @Parameter(name = IdempotentRequests.HEADER, description = IdempotentRequests.DOC) @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.once(SCOPE, idempotencyKey, idempotency.fingerprint("POST /admin/accounts/" + accountId + "/keys"),
                () -> service.createKey(accountId).map(issued -> Response
                        .created(URI.create("/admin/keys/" + issued.key().id))
                        .entity(CreatedKey.of(issued))
                        .build()),
                answer -> answer);
    }

    @GET
    @Path("/keys/{keyId}")
    @Operation(operationId = "getApiKey", summary = "Read a key (prefix, created, last used, revoked; never the secret)",
            description = "A key's prefix, creation time, last use (one-minute resolution) and revocation time. The secret is never shown again.")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(schema = @Schema(implementation = KeyView.class), examples = @ExampleObject(name = "key", value = KEY)))
    public Uni<KeyView> key(@PathParam("keyId") UUID keyId) {
        return service.key(keyId).map(KeyView::of);
    }

    @GET
    @Path("/accounts/{accountId}/keys")
    @Operation(operationId = "listApiKeys", summary = "List an account's keys (prefix, created, last used, revoked; never the secret)",
            description = "Every key of the account, revoked ones included, without secrets.")
    @APIResponse(responseCode = "200", description = "The account's keys, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = KeyView.class),
                    examples = @ExampleObject(name = "keys", value = "[" + KEY + "]")))
    public Uni<List<KeyView>> listKeys(@PathParam("accountId") UUID accountId) {
        return service.listKeys(accountId).map(keys -> keys.stream().map(KeyView::of).toList());
    }

    @DELETE
    @Path("/keys/{keyId}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key; it stops working at once",
            description = "Revokes the key: every replica refuses it from the next request on. Revoking a revoked key again answers 204.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Uni<Response> revokeKey(@PathParam("keyId") UUID keyId) {
        return service.revokeKey(keyId).replaceWith(Response.noContent().build());
    }
}
