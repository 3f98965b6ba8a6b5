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

    /**
     * A list item that wrapped onto the next line ("• Masters in political science, Suez Canal
     * University," / "2020."): a short tail that closes the item with a full stop, printed like
     * the item, is joined back to it.
     */
    static java.util.List<Line> joinItemTails(java.util.List<Line> lines) {
        java.util.List<Line> joined = new java.util.ArrayList<>();
        for (Line line : lines) {
            Line item = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean tail = item != null && item.bullet() && !line.bullet() && line.row() == item.row() + 1
                    && line.section() == item.section() && Math.abs(line.size() - item.size()) < 0.05
                    && line.words() <= 3 && !item.text().matches(".*[.;:!?]$")
                    && line.text().endsWith(".");
            if (tail) {
                joined.set(joined.size() - 1, item.withText(item.text() + " " + line.text()));
            } else {
                joined.add(line);
            }
        }
        return joined;
    }
}
