package dev.vitae.resume.parser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import dev.vitae.resume.ImportReport;
import dev.vitae.resume.ResumeParseException;

/**
 * Reads a PDF with PDFBox: every glyph with its position, size and weight, regrouped into
 * visual lines and cells (text separated by a wide gap, such as a right-aligned date), two-column
 * layouts read column by column, and the targets of link annotations (profiles often appear only
 * as an icon or a user name that links to them).
 */
public final class PdfExtractor {

    /** A gap wider than this many font sizes separates two cells on one line. */
    private static final double CELL_GAP_EM = 1.6;
    /** A gap wider than this fraction of a font size is a word space. */
    private static final double WORD_GAP_EM = 0.1;
    private static final int MIN_TEXT_CHARACTERS = 20;
    private static final java.util.regex.Pattern ICON_FONT = java.util.regex.Pattern.compile(
            "(?i)awesome|fontello|glyphicons|octicons|academicons|ionicons|materialicons|material-?symbols|simple-?icons");

    private PdfExtractor() {
    }

    /** A run of glyphs on one line with no wide gap inside. */
    record Cell(int page, double x0, double x1, double y, double size, boolean bold, String text) {
    }

    public static ExtractedText extract(byte[] bytes) throws ResumeParseException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ResumeParseException("the PDF is encrypted and does not allow text extraction");
            }
            CellCollector collector = new CellCollector();
            collector.setSortByPosition(true);
            collector.getText(document);
            List<Cell> cells = collector.cells;
            int characters = cells.stream().mapToInt(c -> c.text().replace(" ", "").length()).sum();
            if (characters < MIN_TEXT_CHARACTERS) {
                throw new ResumeParseException("the PDF has no text layer (it looks like a scanned image)");
            }
            List<PDPage> pages = new ArrayList<>();
            document.getPages().forEach(pages::add);
            return toText(withoutRunningHeaders(cells, pages), pages, links(pages));
        } catch (InvalidPasswordException e) {
            throw new ResumeParseException("the PDF is encrypted", e);
        } catch (IOException e) {
            throw new ResumeParseException("the file is not a readable PDF (it may be damaged)", e);
        }
    }

    private static List<String> links(List<PDPage> pages) throws IOException {
        Set<String> links = new LinkedHashSet<>();
        for (PDPage page : pages) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDAction action = link.getAction();
                    if (action instanceof PDActionURI uri && uri.getURI() != null && !uri.getURI().isBlank()) {
                        links.add(uri.getURI().trim());
                    }
                }
            }
        }
        return new ArrayList<>(links);
    }

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?iu)^(?:page|p\\.|seite|página|pagina)?\\s*:?\\s*\\d{1,3}\\s*(?:(?:/|of|von|de|di)\\s*\\d{1,3})?$");

    /**
     * Page furniture is not résumé text: page numbers in the top or bottom margin, and lines
     * repeated in a margin on several pages ("Dana Fielding's Resume — updated 2023-11-14").
     */
    static List<Cell> withoutRunningHeaders(List<Cell> cells, List<PDPage> pages) {
        java.util.Map<String, java.util.Set<Integer>> pagesByText = new java.util.HashMap<>();
        for (Cell cell : cells) {
            if (inMargin(cell, pages)) {
                pagesByText.computeIfAbsent(furnitureKey(cell.text()), k -> new java.util.HashSet<>()).add(cell.page());
            }
        }
        return cells.stream().filter(cell -> !(inMargin(cell, pages) && (PAGE_NUMBER.matcher(cell.text().trim()).matches()
                || pages.size() > 1 && pagesByText.getOrDefault(furnitureKey(cell.text()), java.util.Set.of()).size() > 1)))
                .toList();
    }

    /** In the top or bottom tenth of its page. */
    private static boolean inMargin(Cell cell, List<PDPage> pages) {
        double height = pages.get(cell.page()).getMediaBox().getHeight();
        return cell.y() < 0.1 * height || cell.y() > 0.9 * height;
    }

    /** Text compared across pages with its figures (page numbers, dates) left out. */
    private static String furnitureKey(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Orders cells for reading. Per page: full-width bands top to bottom, and where the page has
     * two columns, the wider one (more text) as the main column. Main columns continue from page
     * to page; the narrow columns (sidebars) are read after all of them, each marked as an aside.
     */
    static ExtractedText toText(List<Cell> cells, List<PDPage> pages, List<String> links) {
        double body = bodySize(cells);
        List<TextLine> lines = new ArrayList<>();
        List<List<Cell>> asides = new ArrayList<>();
        int[] row = { 0 };
        for (int page = 0; page < pages.size(); page++) {
            final int p = page;
            List<Cell> onPage = cells.stream().filter(c -> c.page() == p).toList();
            if (onPage.isEmpty()) {
                continue;
            }
            double gutter = gutter(onPage, pages.get(page).getMediaBox().getWidth());
            List<Cell> byY = new ArrayList<>(onPage);
            byY.sort(Comparator.comparingDouble(Cell::y).thenComparingDouble(Cell::x0));
            List<Cell> left = new ArrayList<>();
            List<Cell> right = new ArrayList<>();
            List<Cell> across = new ArrayList<>();
            for (Cell cell : byY) {
                // A line of one column that runs a little past the gutter stays in its column; only
                // text spanning both (a full-width header) ends the band.
                boolean spans = gutter < 0 || Math.min(gutter - cell.x0(), cell.x1() - gutter) > 0.2 * (cell.x1() - cell.x0());
                if (spans) {
                    flushColumns(left, right, lines, asides, body, row);
                    across.add(cell);
                } else {
                    appendBlock(across, lines, body, row);
                    (gutter - cell.x0() >= cell.x1() - gutter ? left : right).add(cell);
                }
            }
            appendBlock(across, lines, body, row);
            flushColumns(left, right, lines, asides, body, row);
        }
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (List<Cell> aside : asides) {
            starts.add(lines.size());
            appendBlock(aside, lines, body, row);
        }
        return new ExtractedText(lines, links, starts, asides.isEmpty() ? ImportReport.ONE_COLUMN : ImportReport.TWO_COLUMN,
                pages.size());
    }

    /** The main column of a band now, its narrow column kept for later as an aside. */
    private static void flushColumns(List<Cell> left, List<Cell> right, List<TextLine> lines, List<List<Cell>> asides,
            double body, int[] row) {
        if (left.isEmpty() || right.isEmpty()) {
            appendBlock(left, lines, body, row);
            appendBlock(right, lines, body, row);
            return;
        }
        boolean leftIsMain = characters(left) >= characters(right);
        appendBlock(leftIsMain ? left : right, lines, body, row);
        asides.add(new ArrayList<>(leftIsMain ? right : left));
        left.clear();
        right.clear();
    }

    private static int characters(List<Cell> cells) {
        return cells.stream().mapToInt(c -> c.text().length()).sum();
    }

    private static void appendBlock(List<Cell> block, List<TextLine> lines, double body, int[] row) {
        if (!block.isEmpty()) {
            row[0] = appendRows(block, body, row[0], lines);
            block.clear();
        }
    }

    /**
     * Groups cells of one block into rows and appends them as lines. Cells share a row when
     * their boxes overlap vertically for most of the smaller one's height: a small date printed
     * top-aligned beside a larger title (a table cell) sits on the title's line.
     */
    private static int appendRows(List<Cell> block, double body, int row, List<TextLine> out) {
        List<Cell> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparingDouble(Cell::y).thenComparingDouble(Cell::x0));
        List<List<Cell>> rows = new ArrayList<>();
        for (Cell cell : sorted) {
            List<Cell> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && sameLine(last, cell)) {
                last.add(cell);
            } else {
                rows.add(new ArrayList<>(List.of(cell)));
            }
        }
        int current = row;
        for (List<Cell> cells : rows) {
            current++;
            cells.sort(Comparator.comparingDouble(Cell::x0));
            for (Cell cell : cells) {
                out.add(new TextLine(cell.text(), body > 0 ? cell.size() / body : 0, cell.bold(), false, current));
            }
        }
        return current;
    }

    /** Whether a cell sits on the visual line of the cells already in a row. */
    private static boolean sameLine(List<Cell> row, Cell cell) {
        for (Cell other : row) {
            if (overlap(other, cell) >= 0.5) {
                return true;
            }
        }
        return false;
    }

    /** How much two cells' boxes overlap vertically, as a share of the smaller box's height. */
    static double overlap(Cell a, Cell b) {
        double aTop = a.y() - 0.75 * a.size();
        double aBottom = a.y() + 0.25 * a.size();
        double bTop = b.y() - 0.75 * b.size();
        double bBottom = b.y() + 0.25 * b.size();
        double shared = Math.min(aBottom, bBottom) - Math.max(aTop, bTop);
        return shared <= 0 ? 0 : shared / Math.min(aBottom - aTop, bBottom - bTop);
    }

    /** The most common font size, weighted by characters: the size of body text. */
    private static double bodySize(List<Cell> cells) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (Cell cell : cells) {
            counts.merge(Math.round(cell.size() * 2), cell.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2.0).orElse(0.0);
    }

    /**
     * The x of a vertical gutter splitting the page into two columns of text, or -1. A gutter
     * is an x no cell crosses (the full-width header aside), between 20% and 80% of the width,
     * with a fair share of the page's cells on each side.
     */
    static double gutter(List<Cell> cells, double width) {
        if (cells.size() < 12 || width <= 0) {
            return -1;
        }
        int slots = (int) Math.ceil(width) + 2;
        int[] crossing = new int[slots];
        int[] endsBefore = new int[slots];
        int[] startsBefore = new int[slots];
        for (Cell cell : cells) {
            int from = (int) Math.max(0, Math.floor(cell.x0()));
            int to = (int) Math.min(slots - 1, Math.ceil(cell.x1()));
            for (int x = from; x <= to; x++) {
                crossing[x]++;
            }
            endsBefore[Math.min(slots - 1, to)]++;
            startsBefore[from]++;
        }
        // Prefix sums: cells wholly left of x, and cells starting before x.
        for (int x = 1; x < slots; x++) {
            endsBefore[x] += endsBefore[x - 1];
            startsBefore[x] += startsBefore[x - 1];
        }
        double best = -1;
        int bestBalance = 0;
        int allowedCrossings = Math.max(3, cells.size() / 12);
        for (int x = (int) (width * 0.2); x <= (int) (width * 0.8); x++) {
            if (crossing[x] > allowedCrossings) {
                continue;
            }
            int leftCount = endsBefore[x];
            int rightCount = cells.size() - startsBefore[x];
            int balance = Math.min(leftCount, rightCount);
            if (balance >= cells.size() / 6 && balance > bestBalance) {
                bestBalance = balance;
                best = x;
            }
        }
        return best >= 0 && rowPartners(cells, best) ? -1 : best;
    }

    /**
     * Whether the smaller side of x is a column of dates and places printed beside entries
     * (right-aligned "May 2022 – Aug 2022", "Santa Clara, CA"), or of contact details beside the
     * name, not a second column of text.
     */
    private static boolean rowPartners(List<Cell> cells, double x) {
        List<Cell> left = cells.stream().filter(c -> c.x1() <= x).toList();
        List<Cell> right = cells.stream().filter(c -> c.x0() >= x).toList();
        List<Cell> smaller = left.size() <= right.size() ? left : right;
        long datesAndPlaces = smaller.stream().filter(c -> Dates.findRange(c.text()) != null
                || Dates.findSingle(c.text()) != null && c.text().length() <= 20
                || Places.parse(c.text()) != null
                || Vocabulary.DURATION.matcher(c.text()).matches()
                || ContactParser.isContactDetail(c.text())).count();
        return datesAndPlaces * 10 >= smaller.size() * 6L;
    }

    /** Collects glyph runs per line from PDFBox, split into cells at wide gaps. */
    private static final class CellCollector extends PDFTextStripper {
        private final List<Cell> cells = new ArrayList<>();
        private final List<TextPosition> line = new ArrayList<>();

        CellCollector() throws IOException {
            super();
        }

        // PDFBox hands over one word at a time: gather a whole line, then split it into cells.
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            ParseDeadline.check();
            line.addAll(positions);
        }

        @Override
        protected void writeLineSeparator() {
            flushLine();
        }

        @Override
        protected void writePageEnd() {
            flushLine();
        }

        private void flushLine() {
            if (!line.isEmpty()) {
                cellsOf(line);
                line.clear();
            }
        }

        /** The visible glyphs of the cell being built, with the gap before each, to close letter spacing. */
        private final List<String> glyphs = new ArrayList<>();
        private final List<Double> gaps = new ArrayList<>();
        private double lastGlyphEnd = Double.NaN;

        private void cellsOf(List<TextPosition> positions) {
            StringBuilder current = new StringBuilder();
            double x0 = Double.NaN;
            double x1 = 0;
            double y = 0;
            double size = 0;
            int boldChars = 0;
            int chars = 0;
            double lastSize = 0;
            PDFont lastFont = null;
            for (TextPosition glyph : positions) {
                // An icon (a phone, an envelope, a calendar) says nothing: it is read as a space.
                String unicode = isIconFont(glyph.getFont()) ? " " : Glyphs.clean(glyph.getUnicode());
                double gx = glyph.getXDirAdj();
                double gsize = Math.max(1, glyph.getFontSizeInPt());
                if (!Double.isNaN(x0)) {
                    double gap = gx - x1;
                    // A name in large type beside small body text is two cells, however close they sit.
                    boolean sizeJump = !unicode.isBlank() && lastSize > 0
                            && Math.abs(gsize - lastSize) > 0.35 * Math.max(gsize, lastSize) && gap > WORD_GAP_EM * gsize;
                    if (gap > CELL_GAP_EM * Math.min(Math.max(size, gsize), 2 * Math.min(size, gsize)) || sizeJump) {
                        addCell(current, x0, x1, y, size, boldChars, chars);
                        current.setLength(0);
                        x0 = Double.NaN;
                        boldChars = 0;
                        chars = 0;
                    } else if (current.length() > 0 && current.charAt(current.length() - 1) != ' '
                            && (gap > WORD_GAP_EM * gsize || fontChangeBetweenWords(lastFont, glyph, current, unicode))) {
                        current.append(' ');
                    }
                }
                if (!unicode.isBlank()) {
                    lastSize = gsize;
                    lastFont = glyph.getFont();
                }
                if (unicode.isEmpty()) {
                    x1 = Math.max(x1, gx + glyph.getWidthDirAdj());
                    continue;
                }
                if (Double.isNaN(x0)) {
                    x0 = gx;
                    y = glyph.getYDirAdj();
                    size = gsize;
                }
                current.append(unicode);
                if (!unicode.isBlank()) {
                    glyphs.add(unicode);
                    gaps.add(Double.isNaN(lastGlyphEnd) ? 0 : gx - lastGlyphEnd);
                    lastGlyphEnd = gx + glyph.getWidthDirAdj();
                }
                x1 = gx + glyph.getWidthDirAdj();
                size = Math.max(size, gsize);
                chars++;
                if (isBold(glyph)) {
                    boldChars++;
                }
            }
            addCell(current, x0, x1, y, size, boldChars, chars);
        }

        private final java.util.Map<PDFont, Boolean> iconFonts = new java.util.IdentityHashMap<>();

        /** Icon fonts (Font Awesome, Fontello, Glyphicons, Octicons, Academicons) print pictures, not letters. */
        private boolean isIconFont(PDFont font) {
            if (font == null) {
                return false;
            }
            return iconFonts.computeIfAbsent(font, f -> f.getName() != null
                    && ICON_FONT.matcher(f.getName()).find());
        }

        private void addCell(StringBuilder text, double x0, double x1, double y, double size, int bold, int chars) {
            String value = text.toString().replaceAll("\\s+", " ").trim();
            if (letterSpaced(value)) {
                value = closeLetterSpacing();
            }
            if (!value.isEmpty() && !Double.isNaN(x0)) {
                cells.add(new Cell(getCurrentPageNo() - 1, x0, x1, y, size, chars > 0 && bold * 2 > chars, value));
            }
            glyphs.clear();
            gaps.clear();
            lastGlyphEnd = Double.NaN;
        }

        /** "M A R I A   K O W A L S K A": most words a single letter. */
        private static boolean letterSpaced(String value) {
            String[] tokens = value.split(" ");
            long single = java.util.Arrays.stream(tokens).filter(t -> t.codePointCount(0, t.length()) == 1).count();
            return tokens.length >= 4 && single * 10 >= tokens.length * 8L;
        }

        /** The letters joined again; a gap clearly wider than the letter spacing separates words. */
        private String closeLetterSpacing() {
            List<Double> inner = new ArrayList<>(gaps.subList(Math.min(1, gaps.size()), gaps.size()));
            inner.sort(Double::compare);
            double median = inner.isEmpty() ? 0 : inner.get(inner.size() / 2);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < glyphs.size(); i++) {
                if (i > 0 && gaps.get(i) > Math.max(1.6 * median, median + 1.5)) {
                    out.append(' ');
                }
                out.append(glyphs.get(i));
            }
            return out.toString();
        }

        /**
         * "PavelKučera": a name printed as two words in two fonts with no gap between them. A
         * change of font between a lower-case letter and an upper-case one separates words.
         */
        private static boolean fontChangeBetweenWords(PDFont lastFont, TextPosition glyph, StringBuilder current, String next) {
            if (lastFont == null || glyph.getFont() == null || lastFont == glyph.getFont() || next.isBlank()) {
                return false;
            }
            int previous = current.codePointBefore(current.length());
            return Character.isLowerCase(previous) && Character.isUpperCase(next.codePointAt(0));
        }

        private static boolean isBold(TextPosition glyph) {
            PDFont font = glyph.getFont();
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(java.util.Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")) {
                return true;
            }
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
        }
    }
}
