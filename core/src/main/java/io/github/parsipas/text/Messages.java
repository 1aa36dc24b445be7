package io.github.parsipas.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's and the reports' own words, one file per language ({@code parsipas/messages/vi.yaml}, {@code en.yaml}):
 * labels, headings and the sentences evidence is written in, each a {@link Template} with {@code {name}} placeholders.
 * A methodology owner reviews the Vietnamese there, not in Java; a test checks that both files have the same keys and
 * placeholders. Read once, on first use.
 */
public final class Messages {

    private static final Map<Language, Map<String, String>> BY_LANGUAGE = load();

    private Messages() {
    }

    /** The message {@code key} in {@code language}, with no placeholders filled. */
    public static String get(String key, Language language) {
        String text = BY_LANGUAGE.get(language).get(key);
        if (text == null) {
            throw new IllegalArgumentException("no message \"" + key + "\" in parsipas/messages/" + language.name().toLowerCase(java.util.Locale.ROOT) + ".yaml");
        }
        return text;
    }

    /** The message {@code key} filled with {@code values}, in {@code language}. */
    public static String format(String key, Map<String, Template.Arg> values, Language language) {
        return Template.parse(get(key, language)).render(values, language);
    }

    /** The message {@code key} as a value of another message, in the language of the text it goes into. */
    public static Template.Arg arg(String key) {
        get(key, Language.VI);
        return language -> get(key, language);
    }

    /** The message {@code key} filled with {@code values}, as a value of another message. */
    public static Template.Arg arg(String key, Map<String, Template.Arg> values) {
        Template.parse(get(key, Language.VI)).names().forEach(name -> require(key, name, values));
        return language -> format(key, values, language);
    }

    /** Both languages of the message {@code key} filled with {@code values}, each written when first read. */
    public static Text text(String key, Map<String, Template.Arg> values) {
        return arg(key, values).both();
    }

    /** Every message of a language, by key: for the parity test and for reviewers. */
    public static Map<String, String> all(Language language) {
        return BY_LANGUAGE.get(language);
    }

    private static void require(String key, String name, Map<String, Template.Arg> values) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("message \"" + key + "\" needs {" + name + "}; given: " + values.keySet());
        }
    }

    private static Map<Language, Map<String, String>> load() {
        // A key written twice would silently keep the last: refused, as two places for one message.
        ObjectMapper yaml = YAMLMapper.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = "/parsipas/messages/" + language.name().toLowerCase(java.util.Locale.ROOT) + ".yaml";
            try (InputStream in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the library's jar");
                }
                Map<String, String> messages = yaml.readValue(in, new TypeReference<TreeMap<String, String>>() {
                });
                messages.values().forEach(Template::parse); // a stray brace fails here, not in a report
                all.put(language, Collections.unmodifiableMap(messages));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + resource, e);
            }
        }
        return all;
    }
}
