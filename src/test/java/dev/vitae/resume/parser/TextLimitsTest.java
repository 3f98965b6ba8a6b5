package dev.vitae.resume.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.vitae.resume.ParsedResume;
import dev.vitae.resume.ResumeFormat;

/** The bounds on what the parser reads: total text, line length, and the deadline its loops check. */
class TextLimitsTest {

    @Test
    void aLongLineIsReadAsPiecesBrokenAtSpacesWithNothingLost() {
        String words = "lorem ipsum dolor sit amet ".repeat(200).trim();
        List<String> pieces = TextLimits.pieces(words);
        assertTrue(pieces.size() > 1);
        pieces.forEach(piece -> assertTrue(piece.length() <= TextLimits.MAX_LINE, piece.length() + " characters"));
        pieces.forEach(piece -> assertTrue(!piece.startsWith(" ") && !piece.endsWith(" "), "broken at a space"));
        assertEquals(words, String.join(" ", pieces));
    }

    @Test
    void aLineWithoutSpacesIsCutAtTheLimitNeverInsideACharacter() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        String line = "a" + emoji.repeat(TextLimits.MAX_LINE);
        List<String> pieces = TextLimits.pieces(line);
        assertEquals(line, String.join("", pieces));
        pieces.forEach(piece -> assertTrue(!Character.isLowSurrogate(piece.charAt(0)), "a piece starts mid-character"));
    }

    @Test
    void moreTextThanAResumeHoldsIsRefusedByEveryFormatPath() {
        byte[] huge = "word ".repeat(TextLimits.MAX_CHARS / 5 + 1).getBytes(StandardCharsets.US_ASCII);
        assertThrows(TextLimits.TooMuchText.class, () -> ResumeParser.parse(huge, ResumeFormat.TXT));
        assertThrows(TextLimits.TooMuchText.class, () -> ResumeParser.parse(huge, ResumeFormat.MD));
        ExtractedText extracted = new ExtractedText(List.of(TextLine.plain("x".repeat(TextLimits.MAX_CHARS + 1), 0)), List.of(), "one column");
        assertThrows(TextLimits.TooMuchText.class, () -> TextLimits.bound(extracted));
    }

    @Test
    void theWorstTextUnderTheLimitIsReadToTheEnd() throws Exception {
        // One line of address characters just under the limit: quadratic for a backtracking address pattern.
        byte[] heavy = ("Ada Lovelace\n" + "ab.cd-ef@".repeat((TextLimits.MAX_CHARS - 100) / 9)).getBytes(StandardCharsets.US_ASCII);
        ParsedResume parsed = ResumeParser.parse(heavy, ResumeFormat.TXT);
        assertEquals("Ada", parsed.firstName());
    }

    @Test
    void theDeadlineStopsAParseFromInsideItsLoops() {
        byte[] heavy = "ab.cd-".repeat((TextLimits.MAX_CHARS - 10) / 6).getBytes(StandardCharsets.US_ASCII);
        assertThrows(ParseDeadline.Exceeded.class,
                () -> ParseDeadline.within(Duration.ofNanos(1), () -> ResumeParser.parse(heavy, ResumeFormat.MD)));
        ParseDeadline.check(); // and no deadline is left behind on the thread
    }

    @Test
    void theWarmUpSampleParsesInEveryFormat() throws Exception {
        WarmUp.run(); // throws if any format's sample cannot be read
    }
}
