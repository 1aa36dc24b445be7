package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.parsipas.text.Text;
import io.github.parsipas.snapshot.InputRef;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What was observed against what was required, as numbers, and where in the input the observation comes from. The
 * sentences {@link #observed()} and {@link #required()} are written from the numbers in the reader's language; the JSON
 * report carries their English wording beside the numbers.
 *
 * @param input     where in the snapshot
 * @param measure   what was observed: a rate's part and whole, a count, a value, a date
 * @param threshold what it was compared with, or {@code null} when nothing (a count worth knowing)
 * @param gap       for a rate below its threshold, how many more of its part would reach it (e.g. 18,900 of
 *                  42,000 million đồng still to disburse), else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "observed", "required", "gap", "input", "measure", "threshold"})
public record Evidence(InputRef input, Measure measure, @Nullable Threshold threshold, @Nullable Long gap) {

    /** The JSON path in the snapshot: {@code $.tthc.fields[2]}. */
    @JsonProperty("path")
    public String path() {
        return input.path();
    }

    /** The observed value for people, e.g. {@code 97,90% (479/489)}. */
    @JsonProperty("observed")
    @JsonSerialize(using = English.class)
    public Text observed() {
        return EvidenceText.observed(measure);
    }

    /** What the rule requires for people, e.g. {@code ≥ 98%}; empty when nothing. */
    @JsonProperty("required")
    @JsonSerialize(using = English.class)
    public Text required() {
        return EvidenceText.required(measure, threshold);
    }

    /** Writes a text as its English wording: the report schema keeps these sentences as plain strings. */
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
