package io.github.parsipas;

import io.github.parsipas.audit.Explainer;
import io.github.parsipas.text.Language;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.Trace;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code explain} shows the requirement the evaluation put to its rules: the parameters of its trace, as applied. */
class ExplainFromTraceTest {

    private static final Explainer EXPLAINER = new Explainer(Snapshots.EVALUATOR);
    private static final Path CITY = Path.of("../examples/snapshots/city-hcm-2025-10.yaml");
    private static final String STATUS = "confirmed|inferred|fitted|carried-over|provisional";
    /** A value in a trace's requirement: {@code name = value (status, …}; a value never holds a parenthesis. */
    private static final Pattern TRACED = Pattern.compile(", (\\w+) = ([^()]+?) \\((" + STATUS + ")[,)]");
    private static final Pattern EXPLAINED = Pattern.compile("^- `(\\w+)` = (.+?) \\(([^,;]+)[,;]", Pattern.MULTILINE);

    @Test
    void everyRuleThatFiresOnTheExamplesIsExplainedWithTheParametersOfItsTrace() throws IOException {
        int compared = 0;
        try (var files = Files.list(Path.of("../examples/snapshots"))) {
            for (Path file : files.sorted().toList()) {
                Snapshot snapshot = Snapshots.EVALUATOR.reader().read(file);
                Report report = Snapshots.EVALUATOR.evaluate(snapshot);
                Set<String> codes = new TreeSet<>();
                report.explanation().forEach(t -> codes.add(t.criterion()));
                for (String code : codes) {
                    if (Snapshots.EVALUATOR.methodology().item(code).isEmpty()) {
                        continue; // not an item's rule: no requirement to explain
                    }
                    Set<String> traced = new TreeSet<>();
                    for (Trace trace : report.explanation().stream().filter(t -> t.criterion().equals(code)).toList()) {
                        trace.facts().stream().filter(f -> f.equals(code) || f.startsWith(code + ",") || f.startsWith(code + " ("))
                                .forEach(f -> traced.addAll(traced(f)));
                    }
                    String text = EXPLAINER.explain(snapshot, code, Language.EN);
                    assertThat(explained(text)).as(file.getFileName() + " " + code + "\n" + text).isEqualTo(traced);
                    compared++;
                }
            }
        }
        assertThat(compared).as("items explained").isGreaterThan(50);
    }

    /** What explain says of each parameter's status is what the report says: confirmed there, or listed unconfirmed with that status. */
    @Test
    void everyStatusExplainPrintsIsTheReports() throws IOException {
        int compared = 0;
        try (var files = Files.list(Path.of("../examples/snapshots"))) {
            for (Path file : files.sorted().toList()) {
                Snapshot snapshot = Snapshots.EVALUATOR.reader().read(file);
                Report report = Snapshots.EVALUATOR.evaluate(snapshot);
                for (var criterion : report.criteria()) {
                    java.util.Map<String, Status> reported = new java.util.TreeMap<>();
                    criterion.unconfirmed().stream().filter(u -> u.status() != null).forEach(u -> reported.put(u.value(), u.status()));
                    String text = EXPLAINER.explain(snapshot, criterion.code(), Language.EN);
                    Matcher m = EXPLAINED.matcher(text);
                    while (m.find()) {
                        String label = m.group(3);
                        Status explained = java.util.Arrays.stream(Status.values()).filter(s -> s.label(Language.EN).startsWith(label)).findFirst().orElseThrow();
                        // The report lists what its number rests on; a value a check reads only in a case that did not arise
                        // (a share when nothing is to divide) is not listed, whatever its status.
                        if (reported.containsKey(m.group(1)) || explained == Status.CONFIRMED) {
                            assertThat(reported.getOrDefault(m.group(1), Status.CONFIRMED)).as(file.getFileName() + " " + criterion.code() + " " + m.group(1))
                                    .isEqualTo(explained);
                        }
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("parameters compared").isGreaterThan(100);
    }

    @Test
    void aVersionKeyedValueIsExplainedUnderTheVersionTheEvaluationApplied() {
        Snapshot city = Snapshots.EVALUATOR.reader().read(CITY);
        assertThat(EXPLAINER.explain(city, "PAR-7.3", Language.EN))
                .contains("Parameters on the evaluation date (2025-10-31, 1187/QĐ-BNV):\n"
                        + "- `target` = 70 percent (confirmed, under 1187/QĐ-BNV; 1187/QĐ-BNV as cited by HCMC document 4362/UBND-VX)\n"
                        + "- `maxPoints` = 2 points (provisional; our split of area 7's self-assessment points)\n")
                .contains("    PAR-7.3 (1187/QĐ-BNV), target = 70 (confirmed, under 1187/QĐ-BNV, 1187/QĐ-BNV as cited by HCMC document 4362/UBND-VX), "
                        + "maxPoints = 2 (provisional, our split of area 7's self-assessment points)\n")
                .doesNotContain("not in force", "from null");
        // Confirmed for 876, carried over to 1187: as the report's "unconfirmed" says.
        assertThat(EXPLAINER.explain(city, "PAR-8.2", Language.VI))
                .contains("- `maxPoints` = 6,5 điểm (theo phương pháp trước, chưa xác nhận; SIPAS 10 + phát triển KT-XH 6,5 (876/QĐ-BNV))");
    }

    @Test
    void aTargetShowsTheParametersItsChecksReadNotItsPacks() {
        Snapshot city = Snapshots.EVALUATOR.reader().read(CITY);
        String text = EXPLAINER.explain(city, "T-ONTIME", Language.EN);
        assertThat(text).contains("Parameters on the evaluation date (2025-10-31):\n- `minRate` = 98 percent (confirmed, from 2025-09-26; KH 109, II.1.3)\n\n")
                .contains("    T-ONTIME, minRate = 98 (confirmed, from 2025-09-26, KH 109, II.1.3)\n")
                .doesNotContain("leadersSurveyPoints", "top10CutoffLow");
        // A rule of its own declares what it reads beyond the item's parameters (@parameters).
        assertThat(EXPLAINER.explain(city, "G-PAR-TOP10", Language.EN))
                .contains("- `top10CutoffHigh` = 90.69 percent (inferred, from 2025-03-28; 2024 results (268/QĐ-BNV): Đồng Nai 90.69%, 8th)\n"
                        + "- `top10CutoffLow` = 90.02 percent (inferred, from 2025-03-28; 2024 results (268/QĐ-BNV): Sơn La 90.02%, 12th)\n\n");
    }

    /** Name, value and status code of each value a requirement's description shows. */
    private static List<String> traced(String fact) {
        List<String> values = new ArrayList<>();
        Matcher m = TRACED.matcher(fact);
        while (m.find()) {
            values.add(m.group(1) + " = " + normal(m.group(2)) + " " + m.group(3));
        }
        return values;
    }

    private static Set<String> explained(String text) {
        Set<String> values = new TreeSet<>();
        Matcher m = EXPLAINED.matcher(text);
        while (m.find()) {
            String label = m.group(3);
            String status = java.util.Arrays.stream(Status.values()).filter(s -> s.label(Language.EN).startsWith(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no status labelled " + label)).code();
            String value = m.group(2);
            // A number is shown with its unit and thousands grouped; bands with their arrows.
            String number = value.split(" ")[0].replace(",", "");
            values.add(m.group(1) + " = " + (number.matches("-?[0-9.]+") ? normal(number) : normal(value.replace("≥", ">=").replace("→", "->"))) + " " + status);
        }
        return values;
    }

    private static String normal(String value) {
        return value.matches("-?[0-9.]+") ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }
}
