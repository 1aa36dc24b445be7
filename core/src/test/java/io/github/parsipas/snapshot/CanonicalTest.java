package io.github.parsipas.snapshot;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The input hash's canonical form against RFC 8785's own examples and an independent implementation of it. */
class CanonicalTest {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** RFC 8785, appendix B: IEEE 754 bits and how ECMAScript writes them. */
    @Test
    void numbersAsTheRfcWritesThem() {
        String[][] cases = {
                {"0000000000000000", "0"}, {"8000000000000000", "0"},
                {"0000000000000001", "5e-324"}, {"8000000000000001", "-5e-324"},
                {"7fefffffffffffff", "1.7976931348623157e+308"}, {"ffefffffffffffff", "-1.7976931348623157e+308"},
                {"4340000000000000", "9007199254740992"}, {"c340000000000000", "-9007199254740992"},
                {"4430000000000000", "295147905179352830000"},
                {"44b52d02c7e14af5", "9.999999999999997e+22"}, {"44b52d02c7e14af6", "1e+23"},
                {"44b52d02c7e14af7", "1.0000000000000001e+23"},
                {"444b1ae4d6e2ef4e", "999999999999999700000"}, {"444b1ae4d6e2ef4f", "999999999999999900000"},
                {"444b1ae4d6e2ef50", "1e+21"},
                {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"}, {"3eb0c6f7a0b5ed8d", "0.000001"},
                {"41b3de4355555553", "333333333.3333332"}, {"41b3de4355555554", "333333333.33333325"},
                {"41b3de4355555555", "333333333.3333333"}, {"41b3de4355555556", "333333333.3333334"},
                {"41b3de4355555557", "333333333.33333343"},
                {"becbf647612f3696", "-0.0000033333333333333333"}, {"43143ff3c1cb0959", "1424953923781206.2"},
        };
        for (String[] c : cases) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(c[0], 16));
            assertThat(Canonical.number(d)).as(c[0]).isEqualTo(c[1]);
        }
    }

    /** RFC 8785, section 3.2.3: its example, sorted, without whitespace, with its strings and numbers rewritten. */
    @Test
    void theRfcExample() throws Exception {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n  \"literals\": [null, true, false]\n}";
        assertThat(Canonical.text(JSON.readTree(input))).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    /** Keys by UTF-16 code units (RFC 8785, 3.2.3's sorting example): an emoji's surrogates sort below U+FB33. */
    @Test
    void keysByUtf16CodeUnits() throws Exception {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertThat(Canonical.text(JSON.readTree(input))).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void agreesWithAnIndependentImplementationOnTheExamples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples/snapshots"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode tree = file.toString().endsWith(".json") ? JSON.readTree(file.toFile()) : new YAMLMapper().readTree(file.toFile());
                assertThat(Canonical.text(tree)).as(file.toString())
                        .isEqualTo(new JsonCanonicalizer(JSON.writeValueAsString(tree)).getEncodedString());
            }
        }
    }

    @Test
    void agreesWithAnIndependentImplementationOnManyDoubles() throws Exception {
        SplittableRandom random = new SplittableRandom(8785);
        for (int i = 0; i < 20_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextInt(1_000_000) / Math.pow(10, random.nextInt(12));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String expected = new JsonCanonicalizer("[" + d + "]").getEncodedString();
            assertThat("[" + Canonical.number(d) + "]").as(Double.toString(d)).isEqualTo(expected);
        }
    }
}
