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
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
            throw refused(source, InputProblem.of("$", bytes.length + " bytes", "input.expected.maxBytes", Map.of("max", Arg.verbatim(String.valueOf(InputLimits.MAX_BYTES)))));
        }
        String text = utf8(source, bytes);
        if (yaml) {
            oneDocumentWithoutAliases(source, text);
        }
        try {
            JsonNode tree = (yaml ? YAML : JSON).readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw refused(source, found("input.found.empty", Map.of()), "input.expected.snapshot");
            }
            return tree;
        } catch (JsonProcessingException e) {
            // The parser's own detail stays as it says it: it names the token it stumbled on.
            Text found = e.getLocation() == null ? found("input.found.unparsable", Map.of("detail", Arg.verbatim(e.getOriginalMessage())))
                    : found("input.found.unparsableAt", Map.of("line", Arg.verbatim(String.valueOf(e.getLocation().getLineNr())),
                            "column", Arg.verbatim(String.valueOf(e.getLocation().getColumnNr())), "detail", Arg.verbatim(e.getOriginalMessage())));
            throw refused(source, found, yaml ? "input.expected.yaml" : "input.expected.json");
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
            throw refused(source, found("input.found.notUtf8", Map.of("offset", Arg.verbatim(String.valueOf(in.position())))), "input.expected.utf8");
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
                    throw refused(source, found("input.found.alias", Map.of("anchor", Arg.verbatim(alias.getAnchor()),
                            "line", Arg.verbatim(String.valueOf(alias.getStartMark().getLine() + 1)))), "input.expected.noAlias");
                }
                if (event instanceof DocumentStartEvent start && ++documents > 1) {
                    throw refused(source, found("input.found.secondDocument", Map.of("line", Arg.verbatim(String.valueOf(start.getStartMark().getLine() + 1)))),
                            "input.expected.oneDocument");
                }
            }
        } catch (YAMLException e) {
            throw refused(source, found("input.found.unparsable", Map.of("detail", Arg.verbatim(e.getMessage().lines().findFirst().orElse("")))),
                    "input.expected.yaml");
        }
    }

    private static InvalidInputException refused(String source, Text found, String expectedKey) {
        return refused(source, InputProblem.of("$", found, expectedKey, Map.of()));
    }

    private static InvalidInputException refused(String source, InputProblem problem) {
        return new InvalidInputException(source, List.of(problem));
    }

    private static Text found(String key, Map<String, Arg> values) {
        return Messages.text(key, values);
    }
}
