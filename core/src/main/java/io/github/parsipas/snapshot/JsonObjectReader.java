package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Map;
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
    private static final Map<String, Arg> TEXT_LIMIT = Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_TEXT_LENGTH)));
    private static final Map<String, Arg> MAX_COUNT = Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_COUNT)));
    private static final Map<String, Arg> MAX_ENTRIES = Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_ENTRIES)));

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
            problems.add(InputProblem.of(path, show(node), "input.expected.object", Map.of()));
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
        String why = value.isTextual() ? unacceptable(value.asText()) : "input.expected.string";
        return why == null ? value.asText() : problem(name, value, why, TEXT_LIMIT);
    }

    /**
     * Why a text from the input cannot be a name, title, id or code, or {@code null} when it can: texts go
     * into reports as they are, so no control character, no bidirectional override, not only invisible
     * characters, and a bounded length. The reason is a message key ({@code input.expected.*}, with {@link #TEXT_LIMIT}).
     */
    static String unacceptable(String text) {
        if (text.codePointCount(0, text.length()) > InputLimits.MAX_TEXT_LENGTH) {
            return "input.expected.shortText";
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)) {
            return "input.expected.plainText";
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
            return "input.expected.visibleText";
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
            return problem(name, value, "input.expected.wholeNumber", Map.of());
        }
        if (value.asLong() < 0 || value.asLong() > InputLimits.MAX_COUNT) {
            return problem(name, value, value.asLong() < 0 ? "input.expected.countAtLeastZero" : "input.expected.countAtMost", MAX_COUNT);
        }
        return value.asLong();
    }

    Integer integer(String name, int min, int max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            return problem(name, value, "input.expected.wholeNumberRange", Map.of("min", Arg.verbatim(String.valueOf(min)), "max", Arg.verbatim(String.valueOf(max))));
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
                    return problem(name, value, "input.expected.dateRange",
                            Map.of("first", Arg.verbatim(InputLimits.FIRST_DATE.toString()), "last", Arg.verbatim(InputLimits.LAST_DATE.toString())));
                }
                return date;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return problem(name, value, "input.expected.date", Map.of());
    }

    /** A number from {@code min} to {@code max}, decimals allowed (for the few values sources give only as percentages). */
    java.math.BigDecimal decimal(String name, java.math.BigDecimal min, java.math.BigDecimal max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        boolean finite = value.isNumber() && (!value.isFloatingPointNumber() || value.isBigDecimal() || Double.isFinite(value.doubleValue()));
        if (!finite || value.decimalValue().compareTo(min) < 0 || value.decimalValue().compareTo(max) > 0) {
            return problem(name, value, "input.expected.numberRange", Map.of("min", Arg.verbatim(min.toPlainString()), "max", Arg.verbatim(max.toPlainString())));
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
            return problem(name, value, mayBeEmpty ? "input.expected.list" : "input.expected.nonEmptyList", Map.of());
        }
        if (value.size() > InputLimits.MAX_ENTRIES) {
            return problem(name, new com.fasterxml.jackson.databind.node.TextNode(value.size() + " entries"),
                    "input.expected.listOfEntries", MAX_ENTRIES);
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
            return problem(name, value, "input.expected.listOfCounts", MAX_ENTRIES);
        }
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToLong() || item.asLong() < 0 || item.asLong() > InputLimits.MAX_COUNT) {
                problems.add(InputProblem.of(child(name) + "[" + i + "]", show(item), "input.expected.countRange", MAX_COUNT));
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
            return problem(name, value, "input.expected.listOfStrings", MAX_ENTRIES);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String why = item.isTextual() ? unacceptable(item.asText()) : "input.expected.string";
            if (why == null) {
                texts.add(item.asText());
            } else {
                problems.add(InputProblem.of(child(name) + "[" + i + "]", show(item), why, TEXT_LIMIT));
            }
        }
        return texts;
    }

    /**
     * Records a problem on field {@code name}, what was expected being the message {@code key} filled with {@code values};
     * returns {@code null} so callers can {@code return problem(...)}.
     */
    <T> T problem(String name, JsonNode value, String key, Map<String, Arg> values) {
        problems.add(InputProblem.of(child(name), show(value), key, values));
        return null;
    }

    /** Reports every field that no getter asked for, with the closest known name. */
    void rejectUnknownFields() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                Optional<String> closest = Spelling.closest(name, known);
                Map<String, Arg> values = new TreeMap<>(Map.of("values", Arg.verbatim(String.join(", ", known.stream().sorted().toList()))));
                closest.ifPresent(k -> values.put("closest", Arg.verbatim(k)));
                problems.add(InputProblem.of(child(name), Messages.text("input.found.unknownField", Map.of()),
                        closest.isPresent() ? "input.expected.oneOfDidYouMean" : "input.expected.oneOf", values));
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
        problems.add(InputProblem.of(child(name), Messages.text(node.has(name) ? "input.found.null" : "input.found.nothing", Map.of()),
                "input.expected.required", Map.of()));
    }

    static String show(JsonNode value) {
        String text = value.isMissingNode() ? "nothing" : value.toString();
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    }
}
