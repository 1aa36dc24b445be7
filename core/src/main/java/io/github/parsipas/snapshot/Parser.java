package io.github.parsipas.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to a JSON tree, within {@link InputLimits}: the size before anything else, strict UTF-8 (a leading
 * byte-order mark is dropped), bounded nesting, names, strings and numbers, nothing after the document,
 * and for YAML one document without aliases ({@link YamlShape}). Every refusal is an {@link InvalidInputException}
 * that names the line and column, and the JSON path where the parser was, in the messages' own words: the
 * library's class and method names never reach a reader.
 */
final class Parser {

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(InputLimits.MAX_BYTES).maxNestingDepth(InputLimits.MAX_DEPTH)
            .maxNameLength(InputLimits.MAX_NAME_LENGTH).maxStringLength(InputLimits.MAX_STRING_LENGTH)
            .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH).build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().loaderOptions(YamlShape.loaderOptions()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** The parser's limits, told by the start of its message, and the messages' words for each. */
    private static final List<Limit> LIMIT_WORDS = List.of(
            new Limit("Document nesting depth", "input.found.tooDeep", "input.expected.nesting", InputLimits.MAX_DEPTH, false, false),
            new Limit("String value length", "input.found.longText", "input.expected.shortText", InputLimits.MAX_STRING_LENGTH, true, false),
            new Limit("Number value length", "input.found.longNumber", "input.expected.shortNumber", InputLimits.MAX_NUMBER_LENGTH, true, false),
            new Limit("Name length", "input.found.longName", "input.expected.shortName", InputLimits.MAX_NAME_LENGTH, false, true));
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    /** Where the parser's own words stop being about the text: its source, its settings, its classes. */
    private static final Pattern LIBRARY_TAIL = Pattern.compile(
            " ?\\((start marker at|for \\w+ starting at|bound as|not recognized as one)|\\[Source|: enable |`|\\bcom\\.|\\borg\\.");

    static {
        JSON.getFactory().setStreamReadConstraints(LIMITS);
        YAML.getFactory().setStreamReadConstraints(LIMITS);
    }

    /**
     * @param atStart the place is where the value starts (the parser stops at its end), not where the parser stopped
     * @param inName  the limit is on a field's name: the place is the object, the name being unread
     */
    private record Limit(String detail, String found, String expected, int max, boolean atStart, boolean inName) {
    }

    private Parser() {
    }

    /** A file's bytes, one past the size limit at most: a larger file is refused from those, never read whole. */
    static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(InputLimits.MAX_BYTES + 1);
        }
    }

    static JsonNode tree(String source, byte[] bytes, boolean yaml) {
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw refused(source, "$", at("input.found.tooLarge", lineAndColumn(bytes, InputLimits.MAX_BYTES), Map.of("max", number(InputLimits.MAX_BYTES))),
                    "input.expected.maxBytes", InputLimits.MAX_BYTES);
        }
        String text = utf8(source, bytes);
        if (yaml) {
            YamlShape.check(source, text);
        }
        ObjectMapper mapper = yaml ? YAML : JSON;
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode tree;
            try {
                tree = mapper.readTree(parser);
            } catch (JsonProcessingException e) {
                throw refused(source, e, parser, yaml);
            }
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw refused(source, "$", Messages.text("input.found.empty", Map.of()), "input.expected.snapshot");
            }
            return tree;
        } catch (IOException e) { // a String in memory: closing it cannot fail
            throw new UncheckedIOException(e);
        }
    }

    /** The parser's refusal in the messages' words: which limit, a field twice, content after the document, or a syntax error. */
    private static InvalidInputException refused(String source, JsonProcessingException e, JsonParser parser, boolean yaml) {
        int[] at = place(e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : parser.currentLocation());
        String path = path(parser.getParsingContext());
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String syntax = yaml ? "input.expected.yaml" : "input.expected.json";
        for (Limit limit : e instanceof StreamConstraintsException ? LIMIT_WORDS : List.<Limit>of()) {
            if (detail.startsWith(limit.detail())) {
                int[] where = limit.atStart() ? place(parser.currentTokenLocation()) : at;
                return refused(source, limit.inName() ? objectPath(parser) : path, at(limit.found(), where, Map.of("max", number(limit.max()))),
                        limit.expected(), limit.max());
            }
        }
        Matcher duplicate = DUPLICATE.matcher(detail);
        if (duplicate.matches()) {
            String name = duplicate.group(1);
            return refused(source, objectPath(parser) + "." + name, at("input.found.duplicate", at, Map.of("name", Arg.verbatim(name))), "input.expected.fieldOnce");
        }
        if (detail.startsWith("Trailing token")) {
            return refused(source, "$", at("input.found.trailing", at, Map.of()), "input.expected.oneDocument");
        }
        return refused(source, path, syntaxError(at, detail), syntax);
    }

    /** A syntax error at a place, with the parser's description of what it stumbled on (its words, not its settings or classes). */
    static Text syntaxError(int[] at, String detail) {
        String words = detail.lines().findFirst().orElse("");
        Matcher tail = LIBRARY_TAIL.matcher(words);
        words = (tail.find() ? words.substring(0, tail.start()) : words).strip();
        return at(words.isEmpty() ? "input.found.syntax" : "input.found.unparsableAt", at, Map.of("detail", Arg.verbatim(words)));
    }

    private static int[] place(JsonLocation location) {
        return new int[]{Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
    }

    /** The path of the object the parser is in, not of its field: where a name that cannot be read, or is read twice, stands. */
    private static String objectPath(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return context.inObject() ? path(context.getParent()) : path(context);
    }

    /** The JSON path of where the parser is: {@code $.tthc.fields[2].received}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.insert(0, "[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                path.insert(0, "." + c.getCurrentName());
            }
        }
        return "$" + path;
    }

    /** The text, decoded strictly: a malformed, overlong or surrogate-encoded sequence is refused with its byte offset, line and column. */
    private static String utf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw refused(source, "$", at("input.found.notUtf8", lineAndColumn(bytes, offset), Map.of("offset", number(offset))), "input.expected.utf8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The line and column (both from 1, the column in characters) of the byte at {@code offset} of UTF-8 text. */
    static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) { // not a continuation byte: a character starts here
                column++;
            }
        }
        return new int[]{line, column};
    }

    /** What was found, at a line and column, with the message's other values. */
    static Text at(String key, int[] at, Map<String, Arg> values) {
        Map<String, Arg> all = new HashMap<>(values);
        all.put("line", number(at[0]));
        all.put("column", number(at[1]));
        return Messages.text(key, all);
    }

    static Arg number(long value) {
        return Arg.verbatim(String.valueOf(value));
    }

    static InvalidInputException refused(String source, String path, Text found, String expectedKey) {
        return new InvalidInputException(source, List.of(InputProblem.of(path, found, expectedKey, Map.of())));
    }

    private static InvalidInputException refused(String source, String path, Text found, String expectedKey, int max) {
        return new InvalidInputException(source, List.of(InputProblem.of(path, found, expectedKey, Map.of("max", number(max)))));
    }
}
