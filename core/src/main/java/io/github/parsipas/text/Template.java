package io.github.parsipas.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pack message with {@code {name}} placeholders. Placeholders are found once, when the text is parsed;
 * values are substituted as they are, so a value that contains braces or dots (a document title, a field
 * name) is never read as a placeholder or rewritten. Numbers and dates are written by the {@link Arg}
 * that carries them, in the language asked for.
 */
public final class Template {

    private static final Map<String, Template> PARSED = new ConcurrentHashMap<>();

    private final List<String> literals;
    private final List<String> names;

    private Template(List<String> literals, List<String> names) {
        this.literals = List.copyOf(literals);
        this.names = List.copyOf(names);
    }

    /**
     * The template of {@code text}; placeholders are Java-identifier names in braces. A lone brace is an
     * error, so a typo in a pack fails when the pack loads, not in a report.
     */
    public static Template parse(String text) {
        Template parsed = PARSED.get(text); // a plain read first: computeIfAbsent may lock a bin, and this runs per finding
        return parsed != null ? parsed : PARSED.computeIfAbsent(text, Template::compile);
    }

    private static Template compile(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int start = 0;
        for (int open = text.indexOf('{'); open >= 0; open = text.indexOf('{', start)) {
            int close = text.indexOf('}', open);
            String name = close < 0 ? "" : text.substring(open + 1, close);
            if (!isName(name)) {
                throw new IllegalArgumentException("a placeholder must be {name} with a name of letters and digits, at character "
                        + open + " of: " + text);
            }
            literals.add(text.substring(start, open));
            names.add(name);
            start = close + 1;
        }
        literals.add(text.substring(start));
        if (literals.stream().anyMatch(l -> l.indexOf('}') >= 0)) {
            throw new IllegalArgumentException("a closing brace without an opening one in: " + text);
        }
        return new Template(literals, names);
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0))
                && name.chars().allMatch(Character::isJavaIdentifierPart);
    }

    /** The placeholder names, in order of appearance. */
    public List<String> names() {
        return names;
    }

    /** The text with every placeholder replaced by its value in {@code language}. */
    public String render(Map<String, Arg> values, Language language) {
        StringBuilder text = new StringBuilder(literals.get(0));
        for (int i = 0; i < names.size(); i++) {
            Arg value = values.get(names.get(i));
            if (value == null) {
                throw new IllegalStateException("no value for placeholder {" + names.get(i) + "}; given: " + values.keySet());
            }
            text.append(value.in(language)).append(literals.get(i + 1));
        }
        return text.toString();
    }

    /**
     * The text in both languages, each written when first read; a placeholder without a value fails here, not when
     * the text is read.
     */
    public static Text render(Text template, Map<String, Arg> values) {
        Template vi = parse(template.vi());
        Template en = parse(template.en());
        vi.checkValues(values);
        en.checkValues(values);
        return Text.rendered(language -> (language == Language.VI ? vi : en).render(values, language));
    }

    private void checkValues(Map<String, Arg> values) {
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new IllegalStateException("no value for placeholder {" + name + "}; given: " + values.keySet());
            }
        }
    }

    /** A value for a placeholder, written in the language of the text it goes into. */
    @FunctionalInterface
    public interface Arg {

        String in(Language language);

        /** Text as it is, in every language: names and titles from the input. */
        static Arg verbatim(String text) {
            return language -> text;
        }

        /** Text in each language's own wording. */
        static Arg text(Text text) {
            return text::in;
        }

        static Arg count(long count) {
            return language -> language.number(count);
        }

        /** A number of days with its unit: {@code 5 ngày}, {@code 1 day}, {@code 5 days}. */
        static Arg days(long days) {
            return language -> language.number(days) + (language == Language.VI ? " ngày" : days == 1 ? " day" : " days");
        }

        /** A word or phrase in each language, e.g. {@code words(" trên ", " of ")}. */
        static Arg words(String vi, String en) {
            return language -> language == Language.VI ? vi : en;
        }

        /** A number to its own decimals, e.g. {@code 0.75} or {@code 90.02}. */
        static Arg number(BigDecimal number) {
            return language -> language.number(number);
        }

        /** A number without trailing zeros, e.g. {@code 98} for 98.00. */
        static Arg plain(BigDecimal number) {
            return number(number.stripTrailingZeros());
        }

        static Arg percent(BigDecimal number) {
            return language -> language.number(number) + "%";
        }

        static Arg date(LocalDate date) {
            return language -> language.date(date);
        }

        /** The values one after the other, e.g. {@code "≥ "}, a percentage. */
        static Arg join(Object... parts) {
            return language -> {
                StringBuilder text = new StringBuilder();
                for (Object part : parts) {
                    text.append(part instanceof Arg arg ? arg.in(language) : String.valueOf(part));
                }
                return text.toString();
            };
        }

        /** Both languages of this value, each written when first read. */
        default Text both() {
            return Text.rendered(this::in);
        }
    }
}
