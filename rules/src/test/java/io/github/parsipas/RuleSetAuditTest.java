package io.github.parsipas;

import io.github.parsipas.methodology.RuleInfo;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule is cited and tied to a pack item; every item has a rule; the rule-set hash covers every file. */
class RuleSetAuditTest {

    private static final List<RuleInfo> RULES = Snapshots.EVALUATOR.rules();
    private static final Methodology METHODOLOGY = Methodology.bundled();

    @Test
    void theRuleBaseBuildsFromTheExecutableModelWithEveryRule() {
        assertThat(RULES).hasSizeGreaterThan(Snapshots.EVALUATOR.methodology().items().size());
    }

    @Test
    void everyRuleNamesAKnownCriterionAndARealSource() {
        assertThat(RULES).allSatisfy(rule -> {
            assertThat(rule.criterion()).as("criterion of rule \"%s\"", rule.name()).isNotBlank();
            assertThat(METHODOLOGY.item(rule.criterion())).as("pack item for rule \"%s\"", rule.name()).isPresent();
            assertThat(rule.source()).as("source of rule \"%s\"", rule.name()).isNotBlank();
            String source = rule.source().toLowerCase(Locale.ROOT);
            assertThat(source).as("source of rule \"%s\"", rule.name())
                    .doesNotContain("todo", "tbd", "fixme", "???").matches(".*\\d.*");
            assertThat(rule.name()).as("rule names start with their criterion").startsWith(rule.criterion() + ":");
            // What it checks, for people in each language: a written rule says it in Vietnamese in its @vi metadata.
            assertThat(rule.description()).as("what rule \"%s\" checks, in Vietnamese (@vi)", rule.name()).isNotNull();
            assertThat(rule.description().vi()).as("rule \"%s\" in Vietnamese", rule.name()).isNotBlank().isNotEqualTo(rule.description().en());
        });
    }

    @Test
    void citationsLiveInThePacksOnly() throws IOException {
        for (String file : files("src/main/resources/io/github/parsipas/rules", ".drl")) {
            assertThat(Files.readString(Path.of("src/main/resources/io/github/parsipas/rules", file)))
                    .as("%s: a rule's citation is its pack item's source", file).doesNotContain("@source");
        }
    }

    @Test
    void aRuleDeclaresTheParametersItReadsBeyondItsItemsOwn() throws IOException {
        // What a rule reads ($t.param("x"), or a parameter named to outcome) is what traces and explain show: declared, not guessed.
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^end");
        java.util.regex.Pattern read = java.util.regex.Pattern.compile("param\\(\\s*\"(\\w+)\"\\s*\\)|outcome\\.\\w+\\([^;]*\"(\\w+)\"\\s*(?:,\\s*(?:true|false)\\s*)?\\);");
        int reading = 0;
        for (String file : files("src/main/resources/io/github/parsipas/rules", ".drl")) {
            java.util.regex.Matcher rules = rule.matcher(Files.readString(Path.of("src/main/resources/io/github/parsipas/rules", file)));
            while (rules.find()) {
                String body = rules.group(2);
                java.util.regex.Matcher criterion = java.util.regex.Pattern.compile("@criterion\\(\"([^\"]+)\"\\)").matcher(body);
                java.util.regex.Matcher declared = java.util.regex.Pattern.compile("@parameters\\(\"([^\"]+)\"\\)").matcher(body);
                assertThat(criterion.find()).as("rule \"%s\" names its criterion", rules.group(1)).isTrue();
                Set<String> allowed = new java.util.TreeSet<>(METHODOLOGY.item(criterion.group(1)).orElseThrow().parameters().keySet());
                if (declared.find()) {
                    allowed.addAll(List.of(declared.group(1).split(" ")));
                }
                java.util.regex.Matcher reads = read.matcher(body);
                while (reads.find()) {
                    String name = reads.group(1) != null ? reads.group(1) : reads.group(2);
                    reading++;
                    assertThat(allowed).as("%s: rule \"%s\" reads %s", file, rules.group(1), name).contains(name);
                }
            }
        }
        assertThat(reading).as("parameters read by the DRL rules").isEqualTo(13);
    }

    @Test
    void theDrlHoldsOnlyRulesWithLogicOfTheirOwn() {
        // An item judged by a typical scheme has checks and no hand-written rule; the DRL is for the others.
        Set<String> typical = new java.util.TreeSet<>();
        METHODOLOGY.items().values().stream().filter(i -> !i.checks().isEmpty()).forEach(i -> typical.add(i.code()));
        List<String> handWritten = RULES.stream().filter(r -> METHODOLOGY.item(r.criterion()).map(i -> i.checks().stream()
                .noneMatch(c -> i.ruleName(c).equals(r.name()))).orElse(true)).map(RuleInfo::criterion).toList();
        assertThat(handWritten).doesNotContainAnyElementsOf(typical)
                .containsExactlyInAnyOrder("G-PAR-TOP10", "G-PAR-TOP10", "G-PAR-TOP10", "PAR-1.1", "PAR-2.1", "SIPAS-GOAL", "SIPAS-LOWEST", "SIPAS-LOWEST", "W1", "W3");
    }

    @Test
    void everyPackItemIsDecidedBySomeRule() {
        Set<String> covered = RULES.stream().map(RuleInfo::criterion).collect(Collectors.toSet());
        assertThat(METHODOLOGY.items().keySet()).allSatisfy(code -> assertThat(covered).as("rules for %s", code).contains(code));
    }

    @Test
    void everyPackItemCarriesNamesSourceLeadAndRecommendation() {
        assertThat(METHODOLOGY.items().values()).allSatisfy(item -> {
            assertThat(item.name().vi()).isNotBlank();
            assertThat(item.name().en()).isNotBlank();
            assertThat(item.source().section()).isNotBlank();
            assertThat(METHODOLOGY.leadOf(item)).isPresent();
            assertThat(item.recommendation().vi()).isNotBlank();
            assertThat(item.messages().isEmpty() && METHODOLOGY.packOf(item).messages().isEmpty()).as("messages of %s", item.code()).isFalse();
        });
    }

    @Test
    void theIndexListsEveryPackAndRuleFileSoTheHashCoversThem() throws IOException {
        Methodology.Index index = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readValue(Path.of("src/main/resources", Methodology.INDEX).toFile(), Methodology.Index.class);
        assertThat(files("src/main/resources/io/github/parsipas/rules", ".drl"))
                .containsExactlyInAnyOrderElementsOf(index.rules().stream().map(r -> r.replace("parsipas/drl/", "")).toList());
        assertThat(files("src/main/resources/parsipas/packs", ".yaml"))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(index.packs().stream(), Stream.of(index.agencies()))
                        .map(p -> p.replace("parsipas/packs/", "")).toList());
        assertThat(METHODOLOGY.contentHash()).hasSize(64);
    }

    private static List<String> files(String dir, String suffix) throws IOException {
        try (Stream<Path> paths = Files.list(Path.of(dir))) {
            return paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        }
    }
}
