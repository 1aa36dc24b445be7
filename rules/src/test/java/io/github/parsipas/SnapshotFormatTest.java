package io.github.parsipas;

import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.SnapshotLayout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot format's JSON Schema (in the jar) and its tables in docs/snapshot-format.md are generated
 * from the input declarations (parsipas/inputs.yaml): edit those, then run this test with
 * {@code -Dparsipas.regenerate=true} to rewrite both.
 */
class SnapshotFormatTest {

    private static final Methodology METHODOLOGY = Methodology.bundled();
    private static final Path SCHEMA = Path.of("src/main/resources/parsipas/schema/snapshot-v1.schema.json");
    private static final Path DOCS = Path.of("../docs/snapshot-format.md");
    private static final String BEGIN = "<!-- generated from rules/src/main/resources/parsipas/inputs.yaml by SnapshotFormatTest: do not edit -->";
    private static final String END = "<!-- end of generated tables -->";
    private static final boolean REGENERATE = Boolean.getBoolean("parsipas.regenerate");

    @Test
    void theSchemaInTheJarIsTheOneTheDeclarationsGive() throws IOException {
        check(SCHEMA, METHODOLOGY.snapshotSchema());
    }

    @Test
    void theDocumentedTablesAreTheOnesTheDeclarationsGive() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int begin = docs.indexOf(BEGIN);
        int end = docs.indexOf(END);
        assertThat(begin).as("%s has the markers of its generated tables", DOCS).isPositive();
        assertThat(end).isGreaterThan(begin);
        check(DOCS, docs.substring(0, begin + BEGIN.length()) + "\n" + tables(METHODOLOGY) + docs.substring(end));
    }

    /** Count groups, count lists and values, each with the items that read it. */
    static String tables(Methodology methodology) {
        SnapshotLayout layout = methodology.layout();
        StringBuilder text = new StringBuilder("\n| path | counts (in order) | nested | rate judged | read by | what it is |\n|---|---|---|---|---|---|\n");
        for (CountGroup group : layout.countGroups()) {
            text.append("| `").append(group.path()).append("` | ").append(String.join(", ", group.counts())).append(" | ")
                    .append(group.nested() ? "yes" : "no").append(" | ").append(group.rate() == null ? "counts" : group.rate().describe())
                    .append(" | ").append(readers(methodology, group.path())).append(" | ").append(group.description()).append(" |\n");
        }
        text.append("\n| list | each entry | rate judged (per entry, and over all as `<list>.total`) | read by | what it is |\n|---|---|---|---|---|\n");
        for (CountList list : layout.countLists()) {
            text.append("| `").append(list.path()).append("[]` | code, name, ").append(String.join(", ", list.counts()))
                    .append(list.nested() ? " (nested)" : "").append(" | ").append(list.rate().describe()).append(" | ")
                    .append(readers(methodology, list.path())).append(" | ").append(list.description()).append(" |\n");
        }
        text.append("\n| value | range | read by | what it is |\n|---|---|---|---|\n");
        layout.values().forEach(v -> text.append("| `").append(v.path()).append("` | ").append(v.min().toPlainString()).append("–")
                .append(v.max().toPlainString()).append(" | ").append(readers(methodology, v.path())).append(" | ").append(v.description()).append(" |\n"));
        return text + "\n";
    }

    private static String readers(Methodology methodology, String path) {
        List<String> codes = methodology.items().values().stream()
                .filter(i -> i.inputs().contains(path) || i.checks().stream().anyMatch(c -> c.measure().equals(path) || c.measure().startsWith(path + ".")))
                .map(Item::code).collect(Collectors.toList());
        return String.join(", ", codes);
    }

    private static void check(Path file, String expected) throws IOException {
        if (REGENERATE) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s is generated from the input declarations: "
                + "run mvn -pl rules test -Dtest=SnapshotFormatTest -Dparsipas.regenerate=true", file).isEqualTo(expected);
    }
}
