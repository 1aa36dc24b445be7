package io.github.parsipas.methodology;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.parsipas.text.Text;

import java.io.IOException;

/**
 * A value's source as a pack or a parameter file writes it: a citation, the same in both languages
 * ({@code "KH 109, II.1.3"}), or words for people in each ({@code {vi: "…", en: "…"}}).
 */
final class SourceText extends StdDeserializer<Text> {

    SourceText() {
        super(Text.class);
    }

    @Override
    public Text deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return Text.same(parser.getText());
        }
        return context.readValue(parser, Text.class);
    }
}
