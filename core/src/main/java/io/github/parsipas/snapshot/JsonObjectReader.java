package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one JSON object field by field, recording every problem with its JSON path instead of
 * stopping at the first, and rejecting fields nobody asked for (a typo must not drop data).
 * Getters return {@code null} for a missing or bad value; the caller never sees a default.
 */
final class JsonObjectReader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_SHOWN = 60;

    private final JsonNode node;
    private final String path;
    private final List<InputProblem> problems;
    private final Set<String> known = new HashSet<>();

    private JsonObjectReader(JsonNode node, String path, List<InputProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** A reader on {@code node} at {@code path}, or {@code null} (problem recorded) when it is not an object. */
    static JsonObjectReader of(JsonNode node, String path, List<InputProblem> problems) {
        if (!node.isObject()) {
            problems.add(new InputProblem(path, show(node), "an object"));
            return null;
        }
        return new JsonObjectReader(node, path, problems);
    }

    String path() {
        return path;
    }

    String child(String name) {
        return path + (PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name + "']");
    }

    /** The object's field names, in document order. */
    List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    boolean has(String name) {
        known.add(name);
        return node.has(name);
    }

    String text(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        String why = value.isTextual() ? unacceptable(value.asText()) : "a non-empty string";
        return why == null ? value.asText() : problem(name, value, why);
    }

    /**
     * Why a text from the input cannot be a name, title, id or code, or {@code null} when it can: texts go
     * into reports as they are, so no control character, no bidirectional override, not only invisible
     * characters, and a bounded length.
     */
    static String unacceptable(String text) {
        if (text.codePointCount(0, text.length()) > InputLimits.MAX_TEXT_LENGTH) {
            return "a text of at most " + InputLimits.MAX_TEXT_LENGTH + " characters";
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)) {
            return "a text without control characters, line breaks or bidirectional overrides";
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
            return "a non-empty string with visible characters";
        }
        return null;
    }

    /** A count: a whole number ≥ 0. */
    Long count(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            return problem(name, value, "a whole number ≥ 0");
        }
        if (value.asLong() < 0 || value.asLong() > InputLimits.MAX_COUNT) {
            return problem(name, value, value.asLong() < 0 ? "a count ≥ 0" : "a count of at most " + InputLimits.MAX_COUNT + " (2^53 − 1)");
        }
        return value.asLong();
    }

    Integer integer(String name, int min, int max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            return problem(name, value, "a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }

    LocalDate date(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                LocalDate date = LocalDate.parse(value.asText());
                if (date.isBefore(InputLimits.FIRST_DATE) || date.isAfter(InputLimits.LAST_DATE)) {
                    return problem(name, value, "a date from " + InputLimits.FIRST_DATE + " to " + InputLimits.LAST_DATE);
                }
                return date;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return problem(name, value, "a date as YYYY-MM-DD");
    }

    /** A number from {@code min} to {@code max}, decimals allowed (for the few values sources give only as percentages). */
    java.math.BigDecimal decimal(String name, java.math.BigDecimal min, java.math.BigDecimal max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        boolean finite = value.isNumber() && (!value.isFloatingPointNumber() || value.isBigDecimal() || Double.isFinite(value.doubleValue()));
        if (!finite || value.decimalValue().compareTo(min) < 0 || value.decimalValue().compareTo(max) > 0) {
            return problem(name, value, "a number from " + min.toPlainString() + " to " + max.toPlainString());
        }
        return value.decimalValue();
    }

    /** An optional date: absent or {@code null} means "not yet" and gives {@code null} without a problem. */
    LocalDate optionalDate(String name) {
        if (!has(name) || node.get(name).isNull()) {
            return null;
        }
        return date(name);
    }

    /** The nested object, or {@code null}: absent when optional (no problem), or malformed (problem recorded). */
    JsonObjectReader object(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                missing(name);
            }
            return null;
        }
        return of(node.get(name), child(name), problems);
    }

    /** An array of objects (each may be {@code null} if malformed), or {@code null} when absent or malformed. */
    List<JsonObjectReader> objects(String name, boolean mayBeEmpty) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = node.get(name);
        if (!value.isArray() || (value.isEmpty() && !mayBeEmpty)) {
            return problem(name, value, mayBeEmpty ? "a list" : "a non-empty list");
        }
        if (value.size() > InputLimits.MAX_ENTRIES) {
            return problem(name, new com.fasterxml.jackson.databind.node.TextNode(value.size() + " entries"),
                    "a list of at most " + InputLimits.MAX_ENTRIES + " entries");
        }
        List<JsonObjectReader> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(of(value.get(i), child(name) + "[" + i + "]", problems));
        }
        return items;
    }

    /** A required non-empty list of counts (whole numbers ≥ 0). */
    List<Long> countList(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.isEmpty() || value.size() > InputLimits.MAX_ENTRIES) {
            return problem(name, value, "a non-empty list of at most " + InputLimits.MAX_ENTRIES + " counts");
        }
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToLong() || item.asLong() < 0 || item.asLong() > InputLimits.MAX_COUNT) {
                problems.add(new InputProblem(child(name) + "[" + i + "]", show(item), "a count from 0 to " + InputLimits.MAX_COUNT));
                return null;
            }
            counts.add(item.asLong());
        }
        return counts;
    }

    /** An optional list of strings; absent means empty. */
    List<String> texts(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = node.get(name);
        if (!value.isArray() || value.size() > InputLimits.MAX_ENTRIES) {
            return problem(name, value, "a list of at most " + InputLimits.MAX_ENTRIES + " strings");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String why = item.isTextual() ? unacceptable(item.asText()) : "a non-empty string";
            if (why == null) {
                texts.add(item.asText());
            } else {
                problems.add(new InputProblem(child(name) + "[" + i + "]", show(item), why));
            }
        }
        return texts;
    }

    /** Records a problem on field {@code name}; returns {@code null} so callers can {@code return problem(...)}. */
    <T> T problem(String name, JsonNode value, String expected) {
        problems.add(new InputProblem(child(name), show(value), expected));
        return null;
    }

    /** Reports every field that no getter asked for, with the closest known name. */
    void rejectUnknownFields() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = Spelling.closest(name, known).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
                problems.add(new InputProblem(child(name), "an unknown field",
                        "one of " + String.join(", ", known.stream().sorted().toList()) + hint));
            }
        }
    }

    private JsonNode required(String name) {
        if (!has(name) || node.get(name).isNull()) {
            missing(name);
            return null;
        }
        return node.get(name);
    }

    private void missing(String name) {
        problems.add(new InputProblem(child(name), node.has(name) ? "null" : "nothing", "a value (the field is required)"));
    }

    static String show(JsonNode value) {
        String text = value.isMissingNode() ? "nothing" : value.toString();
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    }
}
