package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's recipes say what is true: every file they name exists, and the list of rules with logic of their own is the DRL's. */
class ReadmeRecipesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path DRL = Path.of("src/main/resources/io/github/parsipas/rules");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    private static String recipes() throws IOException {
        String readme = readme();
        int start = readme.indexOf("### Recipes");
        assertThat(start).as("README has a Recipes section").isNotNegative();
        return readme.substring(start, readme.indexOf("\n## ", start));
    }

    @Test
    void everyFileARecipeNamesExists() throws IOException {
        Matcher code = Pattern.compile("`([^`\\s]+)`").matcher(recipes());
        Set<String> named = new TreeSet<>();
        while (code.find()) {
            String path = code.group(1);
            if (path.matches("(rules|core|docs|examples)/.*") && !path.contains("<") && !path.contains("…")) {
                named.add(path);
            }
        }
        assertThat(named).as("files the recipes name").hasSizeGreaterThan(10)
                .allSatisfy(path -> assertThat(ROOT.resolve(path)).as(path).exists());
    }

    @Test
    void everyTestARecipeNamesExists() throws IOException {
        Matcher test = Pattern.compile("`(\\w+Test)`").matcher(recipes());
        Set<String> tests = new TreeSet<>();
        while (test.find()) {
            tests.add(test.group(1));
        }
        Set<String> existing;
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            existing = files.filter(f -> f.toString().contains("src/test/java")).map(f -> f.getFileName().toString().replace(".java", ""))
                    .collect(Collectors.toSet());
        }
        assertThat(tests).contains("SensitivityGateTest", "FixtureSuiteTest").allSatisfy(t -> assertThat(existing).as(t).contains(t));
        assertThat(recipes()).contains("-Dtest=SnapshotFormatTest -Dparsipas.regenerate=true");
        assertThat(Files.readString(Path.of("src/test/java/io/github/parsipas/SnapshotFormatTest.java")))
                .contains("Boolean.getBoolean(\"parsipas.regenerate\")");
    }

    @Test
    void theRulesWithLogicOfTheirOwnAreTheDrlsAndThePackItemsWithoutChecks() throws IOException {
        Matcher listed = Pattern.compile("remain \\(([^;)]+)[;)]").matcher(readme());
        assertThat(listed.find()).as("the README lists the rules with logic of their own").isTrue();
        Set<String> readme = new TreeSet<>(Arrays.asList(listed.group(1).split(",\\s*")));
        Set<String> drl = new TreeSet<>();
        try (Stream<Path> files = Files.list(DRL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher criterion = Pattern.compile("@criterion\\(\"([^\"]+)\"\\)").matcher(Files.readString(file));
                while (criterion.find()) {
                    drl.add(criterion.group(1));
                }
            }
        }
        Set<String> withoutChecks = new TreeSet<>();
        try (Stream<Path> packs = Files.list(PackFiles.PACKS)) {
            for (Path pack : packs.filter(p -> !p.endsWith("agencies.yaml")).toList()) {
                for (JsonNode item : PackFiles.items(pack.getFileName().toString().replace(".yaml", ""))) {
                    if (!item.has("checks")) {
                        withoutChecks.add(item.get("code").asText());
                    }
                }
            }
        }
        assertThat(readme).as("README").isEqualTo(drl).isEqualTo(withoutChecks);
        String count = readme().substring(listed.start() - 20, listed.start());
        assertThat(count).as("the number written before the list").contains(switch (drl.size()) {
            case 6 -> "Six";
            case 7 -> "Seven";
            case 8 -> "Eight";
            case 9 -> "Nine";
            default -> String.valueOf(drl.size());
        });
    }
}
