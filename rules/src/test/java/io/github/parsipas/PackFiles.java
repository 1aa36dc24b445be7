package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled packs read as plain YAML, not through the methodology loader: what tests expect is taken from the
 * pack files themselves, so adding an item changes no count written in a test, and a loader that dropped or
 * misread an item would still be caught.
 */
final class PackFiles {

    static final Path PACKS = Path.of("src/main/resources/parsipas/packs");

    private PackFiles() {
    }

    /** The items of a pack file ({@code hcmc-plan-2025}), in file order. */
    static List<JsonNode> items(String pack) {
        try {
            List<JsonNode> items = new ArrayList<>();
            new YAMLMapper().readTree(PACKS.resolve(pack + ".yaml").toFile()).get("items").forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes of a pack file's items, in file order. */
    static List<String> codes(String pack) {
        return items(pack).stream().map(i -> i.get("code").asText()).toList();
    }
}
