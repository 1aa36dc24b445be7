package io.github.parsipas;

import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.Portal766Reader;
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
 * from the input declarations (parsipas/inputs.yaml), and docs/portal-766.md's tables from the portal adapter's
 * codes: edit those, then run this test with {@code -Dparsipas.regenerate=true} to rewrite them.
 */
class SnapshotFormatTest {

    private static final Methodology METHODOLOGY = Methodology.bundled();
    private static final Path SCHEMA = Path.of("src/main/resources/parsipas/schema/snapshot-v1.schema.json");
    private static final Path DOCS = Path.of("../docs/snapshot-format.md");
    private static final String BEGIN = "<!-- generated from rules/src/main/resources/parsipas/inputs.yaml by SnapshotFormatTest: do not edit -->";
    private static final String END = "<!-- end of generated tables -->";
    private static final Path PORTAL_DOCS = Path.of("../docs/portal-766.md");
    private static final String PORTAL_BEGIN = "<!-- generated from rules/src/main/resources/parsipas/portal-766.yaml by SnapshotFormatTest: do not edit -->";
    private static final boolean REGENERATE = Boolean.getBoolean("parsipas.regenerate");

    @Test
    void theSchemaInTheJarIsTheOneTheDeclarationsGive() throws IOException {
        check(SCHEMA, METHODOLOGY.snapshotSchema());
    }

    @Test
    void theDocumentedTablesAreTheOnesTheDeclarationsGive() throws IOException {
        checkBetweenMarkers(DOCS, BEGIN, tables(METHODOLOGY));
    }

    @Test
    void thePortalTableIsTheOneTheAdapterUses() throws IOException {
        checkBetweenMarkers(PORTAL_DOCS, PORTAL_BEGIN, portalTables());
    }

    @Test
    void everyPortalCodeLandsOnADeclaredCountOfAScoredCriterion() {
        SnapshotLayout layout = METHODOLOGY.layout();
        Portal766Reader.Table table = layout.portal766().orElseThrow();
        for (Portal766Reader.Metric metric : table.metrics()) {
            CountGroup group = layout.group(metric.input()).orElseThrow(() -> new AssertionError(metric.input()));
            List<String> filled = new java.util.ArrayList<>(List.of(metric.whole(), metric.part()));
            filled.addAll(metric.zeros());
            assertThat(filled).as(metric.code()).containsExactlyInAnyOrderElementsOf(group.counts());
            assertThat(METHODOLOGY.item(metric.criterion())).as(metric.code()).hasValueSatisfying(i -> {
                assertThat(i.inputs()).containsExactly(metric.input());
                assertThat(i.group()).isEqualTo(table.groups().stream().filter(g -> g.name().equals(metric.group())).findFirst().orElseThrow().ours());
            });
        }
        table.treeCounts().stream().collect(Collectors.groupingBy(Portal766Reader.TreeCount::input)).forEach((input, counts) ->
                assertThat(counts).extracting(Portal766Reader.TreeCount::count)
                        .containsExactlyInAnyOrderElementsOf(layout.group(input).orElseThrow().counts()));
    }

    /** The portal's groups, unit types, indicator codes and tree counts, and where each lands. */
    static String portalTables() {
        Portal766Reader.Table table = METHODOLOGY.layout().portal766().orElseThrow();
        StringBuilder text = new StringBuilder("\n| file (group) | form | our group |\n|---|---|---|\n");
        for (Portal766Reader.Group group : table.groups()) {
            text.append("| `").append(group.name()).append(".json` | ").append(group.tree() ? "tree: `data.parent`, `data.children[]`"
                    : "listing: `data.overview`, `data.evaluation[]`").append(" | ").append(group.ours()).append(" |\n");
        }
        text.append("\n| `departmentType` | unit kind |\n|---|---|\n");
        table.unitTypes().forEach(t -> text.append("| `").append(t.type()).append("` | ").append(t.kind()).append(" |\n"));
        text.append("\n| tree unit's `level` | unit kind |\n|---|---|\n");
        table.levels().forEach(l -> text.append("| `").append(l.level()).append("` | ").append(l.kind()).append(" |\n"));
        text.append("| `departmentCode` matching `").append(table.provinceCode().pattern()).append("` (no `level`) | ").append(table.provinceCode().kind()).append(" |\n");
        text.append("\n| indicator `code` | group | denominator → | numerator → | `score` reported for |\n|---|---|---|---|---|\n");
        for (Portal766Reader.Metric m : table.metrics()) {
            text.append("| `").append(m.code()).append("` | ").append(m.group()).append(" | `").append(m.input()).append(".").append(m.whole())
                    .append("` | `").append(m.input()).append(".").append(m.part()).append("`")
                    .append(m.complement() ? " = denominator − numerator" : "")
                    .append(m.zeros().isEmpty() ? "" : m.zeros().stream().map(z -> "; `" + z + "` = 0").collect(Collectors.joining()))
                    .append(" | ").append(m.criterion()).append(" |\n");
        }
        text.append("\n| tree field | group | fills |\n|---|---|---|\n");
        table.treeCounts().forEach(c -> text.append("| `").append(String.join("` + `", java.util.stream.Stream.concat(java.util.stream.Stream.of(c.field()), c.plus().stream()).toList())).append("` | ").append(c.group()).append(" | `")
                .append(c.input()).append(".").append(c.count()).append("` |\n"));
        return text + "\n";
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

    private static void checkBetweenMarkers(Path file, String beginMarker, String tables) throws IOException {
        String docs = Files.readString(file, StandardCharsets.UTF_8);
        int begin = docs.indexOf(beginMarker);
        int end = docs.indexOf(END);
        assertThat(begin).as("%s has the markers of its generated tables", file).isPositive();
        assertThat(end).isGreaterThan(begin);
        check(file, docs.substring(0, begin + beginMarker.length()) + "\n" + tables + docs.substring(end));
    }

    private static void check(Path file, String expected) throws IOException {
        if (REGENERATE) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s is generated (from the input declarations or the portal codes): "
                + "run mvn -pl rules test -Dtest=SnapshotFormatTest -Dparsipas.regenerate=true", file).isEqualTo(expected);
    }
}
