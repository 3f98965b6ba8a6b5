package dev.vitae.common;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.createProfile;
import static dev.vitae.support.Api.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A write the service has started is carried out even when its client hangs up (a closed tab, a
 * gateway timing out): the client cannot tell whether it happened anyway, and a Hibernate
 * Reactive transaction cancelled halfway could keep its pooled connection for good (quarkus#51576),
 * after enough of them every request hung.
 */
@QuarkusTest
class ClientDisconnectTest {

    /** Together more than the reactive pool holds (20). */
    private static final int HANG_UPS_PER_ROW = 12;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    @Test
    void writesWhoseClientsHangUpMidTransactionStillCompleteAndTheServiceKeepsAnswering() throws Exception {
        TestAccount account = newAccount();
        String profile = createProfile(account);
        int job = account.json().body("{\"title\": \"Disconnects\"}").post("/api/v1/jobs")
                .then().statusCode(201).extract().path("data.id");
        int candidate = account.json().body("{\"job_id\": " + job + ", \"name\": \"Dee\"}").post("/api/v1/candidates")
                .then().statusCode(201).extract().path("data.id");

        // Hold both rows' locks, so the PATCHes below wait inside their transactions; hang up on
        // all of them there; only then let the rows go.
        List<Socket> waiting = new ArrayList<>();
        try (AutoCloseable candidateLock = database.holdRowLock("candidate", (long) candidate);
                AutoCloseable profileLock = database.holdRowLock("profile", UUID.fromString(profile))) {
            for (int i = 0; i < HANG_UPS_PER_ROW; i++) {
                waiting.add(send(request("PATCH", "/api/v1/candidates/" + candidate, account.key(), "{\"rating\": 4}")));
                waiting.add(send(request("PATCH", PROFILES + "/" + profile, account.key(), "{\"name\": \"Abandoned\"}")));
            }
            Thread.sleep(500);
            for (Socket socket : waiting) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
            Thread.sleep(200);
        }

        // The abandoned writes were carried out, each of them.
        eventually(() -> account.asKey().get("/api/v1/candidates/" + candidate).then().extract()
                .header("ETag").equals("\"" + HANG_UPS_PER_ROW + "\""));
        account.asKey().get("/api/v1/candidates/" + candidate).then().body("data.rating", equalTo(4));
        eventually(() -> account.asKey().get(PROFILES + "/" + profile).then().extract()
                .header("ETag").equals("\"" + HANG_UPS_PER_ROW + "\""));
        account.asKey().get(PROFILES + "/" + profile).then().body("name", equalTo("Abandoned"));

        // And every later request is answered in time, reads and writes.
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI candidateUri = URI.create(base + "api/v1/candidates/" + candidate);
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> read = client.send(HttpRequest.newBuilder(candidateUri).header("X-Api-Key", account.key())
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), read.body());
        }
        HttpResponse<String> write = client.send(HttpRequest.newBuilder(candidateUri).header("X-Api-Key", account.key())
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString("{\"rating\": 5}"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, write.statusCode(), write.body());
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 10 s");
            }
            Thread.sleep(100);
        }
    }

    private String request(String method, String path, String key, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return method + " " + path + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "X-Api-Key: " + key + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
                + "\r\n" + body;
    }

    private Socket send(String request) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }
}
