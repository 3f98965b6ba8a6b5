package dev.vitae.common;

import static dev.vitae.support.Api.PROFILES;
import static dev.vitae.support.Api.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.vitae.support.Api.TestAccount;
import dev.vitae.support.Database;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Slow clients cannot hold connections: a request head must arrive within the head timeout, a body
 * may not pause past the body timeout nor trickle below the minimum rate (both 2 s in tests, 10 s
 * by default); the time the service spends answering, and the idle time between requests, do not
 * count against the client.
 */
@QuarkusTest
class SlowClientsTest {

    /** The test profile's head and body timeouts. */
    private static final Duration LIMIT = Duration.ofSeconds(2);
    /** How long past its limit a connection may stay open (the clock ticks every 200 ms). */
    private static final Duration SLACK = Duration.ofMillis(1500);

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    @Inject
    ObjectMapper json;

    @Test
    void aConnectionThatSendsNothingIsClosedAtTheHeadTimeout() throws Exception {
        try (Raw connection = open()) {
            long started = System.nanoTime();
            assertEquals(-1, connection.in.read(), "closed without an answer");
            assertWithinLimit(started);
        }
    }

    @Test
    void aFirstRequestHeadThatKeepsTricklingIsClosedAtTheHeadTimeout() throws Exception {
        try (Raw connection = open()) {
            long started = System.nanoTime();
            connection.send("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n");
            Thread trickler = trickle(connection, "X-Slow: " + "a".repeat(200), Duration.ofMillis(100));
            assertEquals(-1, connection.readOrEnd(), "closed");
            assertWithinLimit(started);
            trickler.join();
        }
    }

    @Test
    void aLaterRequestHeadThatKeepsTricklingIsAnswered408() throws Exception {
        try (Raw connection = open()) {
            connection.send("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(200, connection.response().status);

            // Idle time between requests is not head time: the head clock starts at its first byte.
            Thread.sleep(LIMIT.plusMillis(500).toMillis());
            long started = System.nanoTime();
            connection.send("GET /q/health/live HTTP/1.1\r\n");
            Thread trickler = trickle(connection, "X-Slow: " + "a".repeat(200), Duration.ofMillis(100));
            Response timedOut = connection.response();
            assertWithinLimit(started);
            assertEquals(408, timedOut.status);
            assertEquals("application/problem+json", timedOut.headers.get("content-type"));
            assertEquals("close", timedOut.headers.get("connection"));
            assertEquals("request_timeout", json.readTree(timedOut.body).path("code").asText());
            assertEquals(-1, connection.readOrEnd(), "closed after the 408");
            trickler.join();
        }
    }

    @Test
    void aBodyShorterThanItsContentLengthIsAnswered408InEachApisErrorBody() throws Exception {
        TestAccount account = newAccount();
        Response candidates = stalledBody("/api/v1/jobs", account);
        assertEquals("application/json", candidates.headers.get("content-type"));
        JsonNode error = json.readTree(candidates.body).path("error");
        assertEquals("request_timeout", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("Send it again"), candidates.body);

        Response profiles = stalledBody(PROFILES, account);
        assertEquals("application/problem+json", profiles.headers.get("content-type"));
        assertEquals(408, json.readTree(profiles.body).path("status").asInt());
        assertEquals("request_timeout", json.readTree(profiles.body).path("code").asText());
    }

    @Test
    void aBodyTrickledBelowTheMinimumRateIsAnswered408() throws Exception {
        TestAccount account = newAccount();
        try (Raw connection = open()) {
            connection.send(head("POST", "/api/v1/jobs", account, 4000));
            long started = System.nanoTime();
            Thread trickler = trickle(connection, "{\"title\": \"" + "t".repeat(200), Duration.ofMillis(50));
            Response timedOut = connection.response();
            assertWithinLimit(started);
            assertEquals(408, timedOut.status);
            assertEquals(-1, connection.readOrEnd(), "closed after the 408");
            trickler.join();
        }
    }

    @Test
    void aSlowButSteadyBodyIsReadToTheEnd() throws Exception {
        TestAccount account = newAccount();
        // Four 2 KB pieces 0.8 s apart: longer in all than the body timeout, never paused that
        // long, and faster than the minimum rate.
        String padding = " ".repeat(2048);
        String body = "{\"title\": \"Steady\"" + padding.repeat(4) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Raw connection = open()) {
            long started = System.nanoTime();
            connection.send(head("POST", "/api/v1/jobs", account, bytes.length));
            int piece = bytes.length / 4;
            for (int i = 0; i < 4; i++) {
                int end = i == 3 ? bytes.length : (i + 1) * piece;
                connection.out(bytes, i * piece, end - i * piece);
                Thread.sleep(800);
            }
            Response created = connection.response();
            assertEquals(201, created.status, created.body);
            assertTrue(System.nanoTime() - started > LIMIT.toNanos(), "took longer than the body timeout");
        }
    }

    @Test
    void anAnswerTakingLongerThanTheTimeoutsIsNotCutAndTheConnectionStaysUsable() throws Exception {
        TestAccount account = newAccount();
        int job = account.json().body("{\"title\": \"Waits\"}").post("/api/v1/jobs")
                .then().statusCode(201).extract().path("data.id");
        int candidate = account.json().body("{\"job_id\": " + job + ", \"name\": \"Lee\"}").post("/api/v1/candidates")
                .then().statusCode(201).extract().path("data.id");
        String patch = "{\"rating\": 3}";
        try (Raw connection = open()) {
            try (AutoCloseable lock = database.holdRowLock("candidate", (long) candidate)) {
                connection.send(head("PATCH", "/api/v1/candidates/" + candidate, account, patch.length()) + patch);
                // The PATCH waits on the row lock longer than both timeouts.
                Thread.sleep(LIMIT.multipliedBy(2).toMillis());
            }
            Response patched = connection.response();
            assertEquals(200, patched.status, patched.body);

            // Longer idle than the head timeout, then the same connection serves the next request.
            Thread.sleep(LIMIT.plusMillis(500).toMillis());
            connection.send("GET /api/v1/candidates/" + candidate + " HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: "
                    + account.key() + "\r\n\r\n");
            Response read = connection.response();
            assertEquals(200, read.status, read.body);
            assertEquals(3, json.readTree(read.body).path("data").path("rating").asInt());
        }
    }

    private Response stalledBody(String path, TestAccount account) throws Exception {
        try (Raw connection = open()) {
            connection.send(head("POST", path, account, 100) + "{\"title\": ");
            long started = System.nanoTime();
            Response timedOut = connection.response();
            assertWithinLimit(started);
            assertEquals(408, timedOut.status, timedOut.body);
            assertEquals(-1, connection.readOrEnd(), "closed after the 408");
            return timedOut;
        }
    }

    private static String head(String method, String path, TestAccount account, int contentLength) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Api-Key: " + account.key()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private static void assertWithinLimit(long startedNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startedNanos);
        assertTrue(took.compareTo(LIMIT.minusMillis(300)) >= 0, "not before the limit: " + took);
        assertTrue(took.compareTo(LIMIT.plus(SLACK)) <= 0, "soon after the limit: " + took);
    }

    /** Sends {@code text} a byte at a time, {@code every} apart, until done or the server closes. */
    private static Thread trickle(Raw connection, String text, Duration every) {
        Thread thread = new Thread(() -> {
            try {
                for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
                    connection.out(new byte[] { b }, 0, 1);
                    Thread.sleep(every.toMillis());
                }
            } catch (IOException | InterruptedException closed) {
                // The server closed the connection: the point of the test.
            }
        }, "trickle");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private Raw open() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) LIMIT.plus(SLACK).multipliedBy(3).toMillis());
        return new Raw(socket, socket.getInputStream());
    }

    record Response(int status, Map<String, String> headers, String body) {
    }

    /** One HTTP/1.1 connection, written and read by hand. */
    record Raw(Socket socket, InputStream in) implements AutoCloseable {

        void send(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out(bytes, 0, bytes.length);
        }

        void out(byte[] bytes, int offset, int length) throws IOException {
            socket.getOutputStream().write(bytes, offset, length);
            socket.getOutputStream().flush();
        }

        /** The next byte, or -1 when the server closed (or reset) the connection. */
        int readOrEnd() throws IOException {
            try {
                return in.read();
            } catch (SocketTimeoutException stillOpen) {
                throw stillOpen;
            } catch (IOException reset) {
                return -1;
            }
        }

        Response response() throws IOException {
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b == -1) {
                    throw new IOException("connection closed mid-response");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.US_ASCII);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
