import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.parser.ResumeParser;

/**
 * Parse-only throughput, the floor for bench/throughput.sh: the same files parsed by as many
 * threads as the service's parser pool has (the CPU cores), on a warm JVM, with no HTTP and no
 * database. Prints files per second.
 *   java ParseThroughput COUNT FILE...
 */
public final class ParseThroughput {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        List<byte[]> contents = new ArrayList<>();
        List<ResumeFormat> formats = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            byte[] bytes = Files.readAllBytes(file);
            contents.add(bytes);
            formats.add(ResumeFormat.detect(bytes, file.getFileName().toString()).orElseThrow());
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        run(pool, threads, contents, formats, count); // warm-up
        long started = System.nanoTime();
        run(pool, threads, contents, formats, count);
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("%.1f%n", count / seconds);
    }

    private static void run(ExecutorService pool, int threads, List<byte[]> contents, List<ResumeFormat> formats, int count)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        ResumeParser.parse(contents.get(i % contents.size()), formats.get(i % contents.size()));
                    } catch (Exception e) {
                        // a file that fails to parse counts as parsed: the service would end its import too
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }
}
