import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.vitae.resume.ResumeFormat;
import dev.vitae.resume.parser.ResumeParser;

/**
 * Parse benchmark: median time to parse each résumé with vitae's parser, and for PDFs the ratio
 * to plain PDFBox text extraction (PDFTextStripper) of the same file, measured in the same run
 * on a warm JVM. Run with bench/parse-bench.sh.
 */
public final class ParseBench {

    private static final int WARMUP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 40;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> !p.toString().endsWith(".json") && !p.getFileName().toString().contains("README")
                    && !p.getFileName().toString().contains("LICENSE")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        List<ResumeFormat> formats = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            contents.add(bytes);
            formats.add(ResumeFormat.detect(bytes, file.getFileName().toString()).orElseThrow());
        }
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            for (int i = 0; i < files.size(); i++) {
                ResumeParser.parse(contents.get(i), formats.get(i));
                if (formats.get(i) == ResumeFormat.PDF) {
                    plainPdfBox(contents.get(i));
                }
            }
        }
        System.out.printf("%-42s %6s %5s %10s %10s %6s%n", "file", "format", "pages", "vitae ms", "pdfbox ms", "ratio");
        List<Double> vitaePdf = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> allVitae = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            double[] ours = new double[MEASURED_ROUNDS];
            double[] plain = new double[MEASURED_ROUNDS];
            boolean pdf = formats.get(i) == ResumeFormat.PDF;
            // Interleave the two so that both see the same machine state.
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                long t0 = System.nanoTime();
                ResumeParser.parse(contents.get(i), formats.get(i));
                long t1 = System.nanoTime();
                if (pdf) {
                    plainPdfBox(contents.get(i));
                }
                long t2 = System.nanoTime();
                ours[round] = (t1 - t0) / 1e6;
                plain[round] = (t2 - t1) / 1e6;
            }
            double oursMedian = median(ours);
            allVitae.add(oursMedian);
            String pages = "-";
            String plainText = "-";
            String ratioText = "-";
            if (pdf) {
                double plainMedian = median(plain);
                try (PDDocument document = Loader.loadPDF(contents.get(i))) {
                    pages = Integer.toString(document.getNumberOfPages());
                }
                vitaePdf.add(oursMedian);
                ratios.add(oursMedian / plainMedian);
                plainText = String.format("%.2f", plainMedian);
                ratioText = String.format("%.2f", oursMedian / plainMedian);
            }
            System.out.printf("%-42s %6s %5s %10.2f %10s %6s%n", files.get(i).getFileName(), formats.get(i), pages,
                    oursMedian, plainText, ratioText);
        }
        System.out.printf("%nmedian parse time, all %d files: %.2f ms%n", files.size(), median(toArray(allVitae)));
        System.out.printf("median parse time, %d PDFs: %.2f ms; median ratio to plain PDFBox extraction: %.2f "
                + "(worst %.2f)%n", vitaePdf.size(), median(toArray(vitaePdf)), median(toArray(ratios)),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    private static String plainPdfBox(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
