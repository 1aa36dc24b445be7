package io.github.parsipas.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an input file: where (a JSON path such as {@code $.tthc.fields[2].resolved}),
 * what was found there, and what was expected instead. {@code found} and {@code expected} are English, as the
 * JSON and HTTP problem documents carry them; {@link #describe(Language)} writes the problem in the reader's language,
 * from the messages {@code input.*} when the reader gave them ({@code foundText}, {@code expectedText}).
 *
 * @param foundText    what was found in words, when it is not the input's own text; else {@code null}
 * @param expectedText what was expected in words; {@code null} for a problem made with English text only
 */
public record InputProblem(String path, String found, String expected, @JsonIgnore @Nullable Text foundText, @JsonIgnore @Nullable Text expectedText) {

    private static final int MAX_SHOWN = 200;

    /** A problem in English only (the portal adapter, what-if, the audit kit). */
    public InputProblem(String path, String found, String expected) {
        this(path, found, expected, null, null);
    }

    /** A problem on the input's own text ({@code found}, shown as it is) against what the message {@code key} expects. */
    public static InputProblem of(String path, String found, String key, Map<String, Arg> values) {
        Text expected = Messages.text(key, values);
        return new InputProblem(path, found, expected.en(), null, expected);
    }

    /** The same with what was found in words too: {@code nothing}, {@code an unknown field}. */
    public static InputProblem of(String path, Text found, String key, Map<String, Arg> values) {
        Text expected = Messages.text(key, values);
        return new InputProblem(path, found.en(), expected.en(), found, expected);
    }

    /** Two problems are the same when they say the same (their English words); how each language writes it follows from that. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof InputProblem p && path.equals(p.path) && found.equals(p.found) && expected.equals(p.expected);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(path, found, expected);
    }

    /** One line for people, in English: {@code $.unit.kind: found "district", expected one of city, department, ward-commune}. */
    public String describe() {
        return describe(Language.EN);
    }

    /**
     * One line for people in {@code language}. Control, format and bidi characters from the input are shown as
     * {@code \\uXXXX}, never written raw.
     */
    public String describe(Language language) {
        String foundWords = foundText == null ? found : foundText.in(language);
        String expectedWords = expectedText == null ? expected : expectedText.in(language);
        return Messages.format("input.problem", Map.of("path", Arg.verbatim(printable(path)), "found", Arg.verbatim(printable(foundWords)),
                "expected", Arg.verbatim(printable(expectedWords))), language);
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
