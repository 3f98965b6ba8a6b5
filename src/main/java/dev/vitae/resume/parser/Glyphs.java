package dev.vitae.resume.parser;

/**
 * Removes what is drawn but not written: icon-font glyphs (Font Awesome and friends live in the
 * Unicode private use area), control characters and zero-width marks. Ligatures are expanded.
 */
final class Glyphs {

    private Glyphs() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (isIcon(cp) || cp == 0xFFFD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF
                    || (Character.isISOControl(cp) && cp != '\t' && cp != '\n')) {
                return;
            }
            switch (cp) {
                case 0xFB00 -> out.append("ff");
                case 0xFB01 -> out.append("fi");
                case 0xFB02 -> out.append("fl");
                case 0xFB03 -> out.append("ffi");
                case 0xFB04 -> out.append("ffl");
                case 0x00A0, 0x2007, 0x202F, 0x2009, 0x2002, 0x2003 -> out.append(' ');
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static boolean isIcon(int cp) {
        return (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xF0000 && cp <= 0x10FFFF)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF && cp != 0x2713);
    }
}
