import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a throw-away PostgreSQL (the same zonky binaries the tests use) for the benchmarks,
 * writes its port to the file named in the first argument, and runs until killed.
 */
public final class BenchDatabase {

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .start()) {
            Files.writeString(Path.of(args[0]), Integer.toString(postgres.getPort()));
            Thread.currentThread().join();
        }
    }
}
