package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.methodology.Item;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of the plan (src/test/resources/plan-rows.yaml) has a pack item citing its section, and a rule. */
class PlanCoverageTest {

    @Test
    void everyPlanRowHasAnItemCitingItsSectionAndARule() throws IOException {
        Map<String, String> rows = rows();
        Set<String> decided = Snapshots.EVALUATOR.rules().stream().map(RuleInfo::criterion).collect(Collectors.toSet());
        assertThat(rows).hasSize(66);
        rows.forEach((code, section) -> {
            Item item = Snapshots.EVALUATOR.methodology().item(code).orElse(null);
            assertThat(item).as("pack item for plan row %s", code).isNotNull();
            assertThat(item.source().document()).as("document of %s", code).startsWith("KH 109/KH-UBND");
            assertThat(item.source().section()).as("section of %s", code).contains(section);
            assertThat(decided).as("a rule for plan row %s", code).contains(code);
        });
    }

    @Test
    void thePlanPackHasNoItemOutsideTheRows() throws IOException {
        Map<String, String> rows = rows();
        assertThat(Snapshots.EVALUATOR.methodology().packs().stream().filter(p -> p.id().equals("hcmc-plan-2025"))
                .flatMap(p -> p.items().stream()).map(Item::code)).allSatisfy(code -> assertThat(rows).containsKey(code));
    }

    private static Map<String, String> rows() throws IOException {
        JsonNode tree = new YAMLMapper().readTree(Path.of("src/test/resources/plan-rows.yaml").toFile());
        Map<String, String> rows = new TreeMap<>();
        tree.fields().forEachRemaining(group -> group.getValue().fields()
                .forEachRemaining(row -> rows.put(row.getKey(), row.getValue().asText())));
        return rows;
    }
}
