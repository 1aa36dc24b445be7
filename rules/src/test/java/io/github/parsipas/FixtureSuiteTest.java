package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.parsipas.audit.Audit;
import io.github.parsipas.audit.AuditRun;
import io.github.parsipas.audit.FixtureReader;
import io.github.parsipas.audit.FixtureResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** The project's own audit fixtures: one test per fixture, then the rule-coverage check that fails the build. */
class FixtureSuiteTest {

    static final Path FIXTURES = Path.of("src/test/fixtures");
    private static final Audit AUDIT = new Audit(Snapshots.EVALUATOR);

    @TestFactory
    Stream<DynamicTest> everyFixture() {
        return Audit.fixtureFiles(FIXTURES).stream().map(file -> {
            var fixture = FixtureReader.read(file);
            return DynamicTest.dynamicTest(fixture.name(), file.toUri(), () -> {
                FixtureResult result = AUDIT.run(fixture);
                if (!result.passed()) {
                    fail(file + ":\n  - " + String.join("\n  - ", result.failures()));
                }
            });
        });
    }

    @Test
    void everyRuleFiresInSomeFixtureAndIsSilentOnPresentDataInAnother() throws IOException {
        AuditRun run = AUDIT.run(FIXTURES);
        Set<String> allowed = allowList();
        List<String> problems = new ArrayList<>();
        run.coverage().neverFired().stream().filter(r -> !allowed.contains(r))
                .forEach(r -> problems.add("no fixture makes rule \"" + r + "\" fire"));
        run.coverage().neverSilentOnPresentData().stream().filter(r -> !allowed.contains(r))
                .forEach(r -> problems.add("no fixture shows rule \"" + r + "\" silent on present data"
                        + (run.coverage().onlyNotEvaluable().contains(r) ? " (its item is never judged: data missing or not asked in every fixture)" : "")));
        run.coverage().itemsWithoutRule().forEach(code -> problems.add("no rule decides pack item " + code));
        assertThat(problems).as("rule coverage of src/test/fixtures (exceptions: src/test/coverage-allowlist.yaml)").isEmpty();
        assertThat(run.results()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void theAllowListNamesOnlyExistingRules() throws IOException {
        Set<String> rules = new TreeSet<>();
        Snapshots.EVALUATOR.rules().forEach(r -> rules.add(r.name()));
        assertThat(rules).containsAll(allowList());
    }

    static Set<String> allowList() throws IOException {
        JsonNode exceptions = new YAMLMapper().readTree(Path.of("src/test/coverage-allowlist.yaml").toFile()).get("exceptions");
        Set<String> names = new TreeSet<>();
        exceptions.forEach(e -> {
            assertThat(e.path("why").asText()).as("reason for exempting %s", e.path("rule")).isNotBlank();
            names.add(e.get("rule").asText());
        });
        return names;
    }
}
