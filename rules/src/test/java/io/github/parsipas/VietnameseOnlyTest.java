package io.github.parsipas;

import io.github.parsipas.text.Language;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Portal766Reader;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chuyên viên reads the Vietnamese report in Vietnamese: every example's report and method comparison, in
 * vi, holds none of the English words that used to leak into it. Codes (in capitals) and JSON paths (in
 * backticks) are identifiers, not words, and are not scanned.
 */
class VietnameseOnlyTest {

    private static final Pattern ENGLISH = Pattern.compile("\\b(absent|present|provisional|inferred|confirmed|fitted|carried|item|maxPoints"
            + "|target|bands|max|rate|below|per|case|cases|of|disciplined|respondents|survey|department|city|ward|commune|done|not|least"
            + "|due|points?|days?|basis|period|snapshot|none|full|required|lost|library|ruleset|input|the|and|with|by|when|from|to|on|at"
            + "|or|is|are|official|estimate|recoverable|total|criterion|group|area|grade|week|month|quarter)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void theVietnameseReportsHoldNoEnglishWords() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Snapshot snapshot : examples()) {
            scan(snapshot.unit().id() + " evaluate", ReportWriter.markdown(Snapshots.EVALUATOR.evaluate(snapshot), Language.VI), leaks);
            if (snapshot.unit().kind().code().equals("city")) {
                scan(snapshot.unit().id() + " compare", Snapshots.EVALUATOR.compare(snapshot, "876/QĐ-BNV", "1187/QĐ-BNV").markdown(Language.VI), leaks);
            }
        }
        assertThat(leaks).isEmpty();
    }

    /**
     * {@code explain} in Vietnamese is Vietnamese too: for every criterion and target judged on an example (those
     * that fire, and the silent ones), its rules, parameters and their sources, and the facts its rules matched.
     */
    @Test
    void explainInVietnameseHoldsNoEnglishWords() throws IOException {
        io.github.parsipas.audit.Explainer explainer = new io.github.parsipas.audit.Explainer(Snapshots.EVALUATOR);
        List<String> leaks = new ArrayList<>();
        int explained = 0;
        for (Snapshot snapshot : examples()) {
            for (String code : Snapshots.EVALUATOR.judgedItems(snapshot, null)) {
                scan(snapshot.unit().id() + " explain " + code, explainer.explain(snapshot, code, Language.VI), leaks);
                explained++;
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(explained).as("items explained").isGreaterThan(200);
    }

    /**
     * A refused snapshot tells the officer in Vietnamese what is wrong: the reader's own words, beside the paths and the
     * values she wrote (which are hers, not words of the report).
     */
    @Test
    void aRefusedSnapshotIsExplainedInVietnamese() {
        String bad = "{\"format\": \"parsipas.snapshot/0\", \"unit\": {\"id\": \"x\", \"kind\": \"district\", \"nme\": \"X\"},"
                + " \"asOf\": \"2025-13-01\", \"period\": {\"year\": 2025, \"month\": 10}, \"basis\": \"weekly\","
                + " \"tthc\": {\"fields\": [{\"code\": \"a\", \"name\": \"A\", \"received\": 1.5, \"resolved\": -1, \"resolvedOnTime\": 2}]}}";
        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> Snapshots.EVALUATOR.reader().fromJson("bad.json", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), InvalidInputException.class);
        assertThat(refused.problems()).hasSizeGreaterThanOrEqualTo(6);
        List<String> leaks = new ArrayList<>();
        for (InputProblem problem : refused.problems()) {
            String line = problem.describe(Language.VI).replace(problem.path(), "").replace(problem.found(), "");
            scan(problem.path(), line, leaks);
        }
        scan("heading", refused.describe(Language.VI).lines().findFirst().orElseThrow().replace("bad.json", ""), leaks);
        assertThat(leaks).isEmpty();
        assertThat(refused.describe(Language.VI)).contains("$.unit.kind: nhận được \"district\", cần một trong các loại `city`, `department`, `ward-commune`");
    }

    @Test
    void vietnameseNumbersGroupThousandsWithDotsAndDecimalsWithCommas() throws IOException {
        String city = ReportWriter.markdown(Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader()
                .read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"))), Language.VI);
        assertThat(city).contains("49,00% (58.800.000/120.000.000)").contains("Kỳ: tháng 10/2025").doesNotContain("58800000");
    }

    private static List<Snapshot> examples() throws IOException {
        List<Snapshot> snapshots = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../examples/snapshots"))) {
            files.sorted().forEach(f -> snapshots.add(Snapshots.EVALUATOR.reader().read(f)));
        }
        snapshots.addAll(new Portal766Reader(Snapshots.EVALUATOR.reader())
                .read(List.of(Path.of("../examples/portal766/hcm-2025-10")), LocalDate.parse("2025-10-31"), "2025-10").snapshots());
        return snapshots;
    }

    private static void scan(String what, String text, List<String> leaks) {
        String[] lines = text.replaceAll("`[^`]*`", "").split("\n");
        for (String line : lines) {
            Matcher m = ENGLISH.matcher(line);
            while (m.find()) {
                if (m.group().equals(m.group().toUpperCase(java.util.Locale.ROOT))) {
                    continue; // part of a code or a version: T-ONLINE-FULL, 0.1.0-SNAPSHOT
                }
                leaks.add(what + ": \"" + m.group() + "\" in: " + line.strip().substring(0, Math.min(160, line.strip().length())));
            }
        }
    }
}
