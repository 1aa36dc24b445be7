package io.github.parsipas.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.parsipas.methodology.Text;

import java.io.IOException;

/**
 * What was observed against what was required, and where in the input the observation comes from.
 * The JSON report carries the English wording of {@code observed} and {@code required}.
 *
 * @param path     JSON path in the snapshot
 * @param observed the observed value, e.g. {@code 97.90% (479/489)}
 * @param required what the rule requires, e.g. {@code ≥ 98%}
 * @param gap      for a rate below its threshold, how many more of its part would reach it (e.g. 18,900 of
 *                 42,000 million đồng still to disburse), else {@code null}
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Evidence(String path,
                       @JsonSerialize(using = Evidence.English.class) Text observed,
                       @JsonSerialize(using = Evidence.English.class) Text required,
                       Long gap) {

    public Evidence(String path, Text observed, Text required) {
        this(path, observed, required, null);
    }

    /** Writes a text as its English wording: the report schema keeps evidence as plain strings. */
    static final class English extends StdSerializer<Text> {
        English() {
            super(Text.class);
        }

        @Override
        public void serialize(Text text, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(text.en());
        }
    }
}
