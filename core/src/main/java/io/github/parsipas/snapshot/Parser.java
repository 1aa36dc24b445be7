package io.github.parsipas.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to a JSON tree, within {@link InputLimits}: the size before anything else, strict UTF-8 (a leading
 * byte-order mark is dropped), bounded nesting, names, strings and numbers, nothing after the document,
 * and for YAML one document without aliases. Every refusal is an {@link InvalidInputException} at {@code $}.
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
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().loaderOptions(loaderOptions()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(LIMITS);
        YAML.getFactory().setStreamReadConstraints(LIMITS);
    }

    private Parser() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(InputLimits.MAX_BYTES);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(InputLimits.MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    static JsonNode tree(String source, byte[] bytes, boolean yaml) {
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw refused(source, bytes.length + " bytes", "at most " + InputLimits.MAX_BYTES + " bytes");
        }
        String text = utf8(source, bytes);
        if (yaml) {
            oneDocumentWithoutAliases(source, text);
        }
        try {
            JsonNode tree = (yaml ? YAML : JSON).readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw refused(source, "an empty document", "a snapshot object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw refused(source, "text that does not parse" + where + " (" + e.getOriginalMessage() + ")",
                    yaml ? "well-formed YAML" : "well-formed JSON");
        }
    }

    /** The text, decoded strictly: a malformed, overlong or surrogate-encoded sequence is refused with its byte offset. */
    private static String utf8(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw refused(source, "bytes that are not UTF-8 at byte offset " + in.position(), "text in UTF-8");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** YAML is read by SnakeYAML first: an alias would otherwise come back as its name, a second document be dropped. */
    private static void oneDocumentWithoutAliases(String source, String text) {
        int documents = 0;
        try {
            for (Event event : new Yaml(loaderOptions()).parse(new StringReader(text))) {
                if (event instanceof AliasEvent alias) {
                    throw refused(source, "an alias (*" + alias.getAnchor() + ") at line " + (alias.getStartMark().getLine() + 1),
                            "every value written out (YAML aliases are not accepted)");
                }
                if (event instanceof DocumentStartEvent start && ++documents > 1) {
                    throw refused(source, "a second document at line " + (start.getStartMark().getLine() + 1), "one document");
                }
            }
        } catch (YAMLException e) {
            throw refused(source, "text that does not parse (" + e.getMessage().lines().findFirst().orElse("") + ")", "well-formed YAML");
        }
    }

    private static InvalidInputException refused(String source, String found, String expected) {
        return new InvalidInputException(source, List.of(new InputProblem("$", found, expected)));
    }
}
