package io.github.parsipas.excel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Template;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** The template's words ({@code parsipas/excel/labels.yaml}), read once. */
final class Labels {

    private static final String RESOURCE = "/parsipas/excel/labels.yaml";
    private static final Labels LABELS = new Labels(load());

    private final Map<String, Text> all;

    private Labels(Map<String, Text> all) {
        this.all = all;
    }

    static Labels get() {
        return LABELS;
    }

    /** Every label by key, for the test that they cover the declared inputs. */
    Map<String, Text> all() {
        return all;
    }

    /**
     * The label {@code key} in {@code language}. An input of another rule set, which this file cannot know, is shown by
     * its code ({@code input.x.y} as {@code x.y}); any other missing key is a bug.
     */
    String get(String key, Language language) {
        Text text = all.get(key);
        if (text != null) {
            return text.in(language);
        }
        int dot = key.indexOf('.');
        if (dot > 0 && java.util.Set.of("input", "count", "section", "sheet").contains(key.substring(0, dot))) {
            String code = key.substring(dot + 1);
            return code.length() > 31 ? code.substring(code.length() - 31) : code;
        }
        throw new IllegalStateException("no label \"" + key + "\" in " + RESOURCE);
    }

    /** The label {@code key} with its placeholders filled, through the library's one template mechanism. */
    String format(String key, Map<String, Arg> values, Language language) {
        return Template.parse(get(key, language)).render(values, language);
    }

    private static Map<String, Text> load() {
        try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from parsipas-excel");
            }
            return java.util.Collections.unmodifiableMap(new YAMLMapper().readValue(in, new TypeReference<TreeMap<String, Text>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
