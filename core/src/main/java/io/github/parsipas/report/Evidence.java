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
 */
public record Evidence(String path,
                       @JsonSerialize(using = Evidence.English.class) Text observed,
                       @JsonSerialize(using = Evidence.English.class) Text required) {

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
