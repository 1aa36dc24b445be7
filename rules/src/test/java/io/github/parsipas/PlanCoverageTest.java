package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.RuleInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every item of the plan's pack file (targets, deadlines, weaknesses of KH 109) is loaded as written, cites a
 * section of the plan, and has a rule that decides it. The rows are the pack file's, read as YAML here.
 */
class PlanCoverageTest {

    private static final String PLAN = "hcmc-plan-2025";

    @Test
    void everyPlanItemIsLoadedCitingItsSectionAndHasARule() {
        List<JsonNode> rows = PackFiles.items(PLAN);
        Set<String> decided = Snapshots.EVALUATOR.rules().stream().map(RuleInfo::criterion).collect(Collectors.toSet());
        assertThat(rows).as("items in %s.yaml", PLAN).isNotEmpty();
        for (JsonNode row : rows) {
            String code = row.get("code").asText();
            Item item = Snapshots.EVALUATOR.methodology().item(code).orElse(null);
            assertThat(item).as("pack item for plan row %s", code).isNotNull();
            assertThat(item.source().document()).as("document of %s", code).startsWith("KH 109/KH-UBND");
            assertThat(row.at("/source/section").asText()).as("section of %s in the file", code).containsPattern("\\b[IVX]+\\.\\d");
            assertThat(item.source().section()).as("section of %s", code).isEqualTo(row.at("/source/section").asText());
            assertThat(decided).as("a rule for plan row %s", code).contains(code);
        }
    }

    /** The table of docs/methodology.md is where a reader finds each row: a row added to the pack must be named there. */
    @Test
    void everyPlanItemIsNamedInTheMethodologyTable() throws java.io.IOException {
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/methodology.md")).lines()
                .dropWhile(l -> !l.startsWith("| area | rows |")).takeWhile(l -> l.startsWith("|")).collect(Collectors.joining("\n"));
        assertThat(table).as("the plan's table in docs/methodology.md").isNotEmpty();
        for (String code : PackFiles.codes(PLAN)) {
            assertThat(table).as("plan row %s in docs/methodology.md", code).containsPattern("(?<![\\w-])" + java.util.regex.Pattern.quote(code) + "(?![\\w-])");
        }
    }

    @Test
    void theLoadedPlanPackHasExactlyTheFilesItems() {
        assertThat(Snapshots.EVALUATOR.methodology().packs().stream().filter(p -> p.id().equals(PLAN))
                .flatMap(p -> p.items().stream()).map(Item::code)).containsExactlyElementsOf(PackFiles.codes(PLAN));
    }
}
