package dev.vitae.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged service (jar, or the native binary when one was built) never starts a database
 * of its own: without a datasource URL it stops at once and says what to set.
 */
class StartWithoutDatabaseIT {

    @Test
    void packagedServiceWithoutDatabaseUrlFailsFastWithAClearMessage() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
        }
        assertTrue(exited, "the service should stop by itself, but kept running:\n" + output);
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("no database configured: set QUARKUS_DATASOURCE_REACTIVE_URL"), output);
    }

    private static List<String> command() throws IOException {
        List<String> command = new ArrayList<>();
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            command.add(nativeImage);
            return command;
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        return command;
    }
}
