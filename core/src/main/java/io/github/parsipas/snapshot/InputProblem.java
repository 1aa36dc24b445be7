package io.github.parsipas.snapshot;

/**
 * One thing wrong with an input file: where (a JSON path such as {@code $.tthc.fields[2].resolved}),
 * what was found there, and what was expected instead.
 */
public record InputProblem(String path, String found, String expected) {

    private static final int MAX_SHOWN = 200;

    /**
     * One line for people: {@code $.unit.kind: found "district", expected one of city, department, ward-commune}.
     * Control, format and bidi characters from the input are shown as {@code \\uXXXX}, never written raw.
     */
    public String describe() {
        return printable(path) + ": found " + printable(found) + ", expected " + printable(expected);
    }

    /** Text from an input made safe to print on a terminal: invisible and control characters escaped, length bounded. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_SHOWN ? out + "…" : out.toString();
    }
}
