package io.github.parsipas.report;

/**
 * Text made safe for Markdown: whatever a unit calls itself or its tasks, it shows as text. Every character
 * that could start Markdown or HTML is escaped with a backslash; a line break becomes a space, so no text
 * can begin a heading or a table row of its own.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*_[]<>#|~&";

    private Markdown() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else {
                if (c < 128 && SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
