package dev.vitae.resume.parser;

/**
 * A cleaned line during structuring: its text without bullet marks, whether it was a bullet
 * item, the section it belongs to and its layout hints.
 */
record Line(int index, String text, int row, double size, boolean bold, boolean heading, boolean bullet,
        Vocabulary.Section section) {

    int words() {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    Line withText(String newText) {
        return new Line(index, newText, row, size, bold, heading, bullet, section);
    }
}
