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
     * A list item that wrapped onto the next line, printed like the item on the row below it and
     * the item not closed by a full stop: a short tail that closes it ("• Masters in public
     * policy, Riverbend University," / "2020."), a line that goes on in lower case, or any line
     * after an item that ends with a comma. A word broken by a hyphen at the line's end is joined.
     */
    static java.util.List<Line> joinItemTails(java.util.List<Line> lines) {
        java.util.List<Line> joined = new java.util.ArrayList<>();
        for (Line line : lines) {
            Line item = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            boolean next = item != null && item.bullet() && !line.bullet() && line.row() == item.row() + 1
                    && line.section() == item.section() && Math.abs(line.size() - item.size()) < 0.05
                    && !item.text().matches(".*[.;:!?]$");
            boolean tail = next && !line.text().isEmpty() && (line.words() <= 3 && line.text().endsWith(".")
                    || Character.isLowerCase(line.text().codePointAt(0)) || item.text().endsWith(","));
            if (tail) {
                String text = item.text();
                // "the best fi-" / "nal-year project.": a word broken at the line's end is joined back.
                String joint = text.matches(".*\\p{Ll}-$") && Character.isLowerCase(line.text().codePointAt(0))
                        ? text.substring(0, text.length() - 1) : text + " ";
                joined.set(joined.size() - 1, new Line(item.index(), joint + line.text(), line.row(), item.size(), item.bold(),
                        item.heading(), true, item.section()));
            } else {
                joined.add(line);
            }
        }
        return joined;
    }
}
