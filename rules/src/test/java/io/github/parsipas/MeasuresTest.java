package io.github.parsipas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parsipas.report.Evidence;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Measure;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Receipt;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.report.Threshold;
import io.github.parsipas.snapshot.InputRef;
import io.github.parsipas.snapshot.SnapshotLayout;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a report judges is in it as numbers, not only as sentences: an integrator reads "124 of 131 in Đất đai" as data. */
class MeasuresTest {

    private static final Report WARD = Snapshots.EVALUATOR.evaluate(Path.of("../examples/snapshots/ward-ben-thanh-2025-10.json"));
    private static final Report CITY = Snapshots.EVALUATOR.evaluate(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));

    @Test
    void aFieldsRateIsItsPartWholeAndEntry() {
        Evidence e = finding(WARD, FindingKind.WARNING, "T-ONTIME", "dat-dai").evidence();
        assertThat(e.input()).isEqualTo(new InputRef("tthc.fields", 2, "dat-dai", null));
        assertThat(e.path()).isEqualTo("$.tthc.fields[2]");
        assertThat(e.measure()).isEqualTo(Measure.rate(124, 131, "count"));
        assertThat(e.measure().percent()).isEqualByComparingTo("94.66");
        assertThat(e.threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("98"), "percent"));
        assertThat(e.gap()).isEqualTo(5L);
        assertThat(e.observed().vi()).isEqualTo("94,66% (124/131)");
    }

    @Test
    void moneyCarriesItsUnitAndACriterionItsScale() {
        Evidence e = finding(WARD, FindingKind.DEDUCTION, "PAR-6.1", "all").evidence();
        assertThat(e.measure().numerator()).isEqualTo(23_100L);
        assertThat(e.measure().denominator()).isEqualTo(42_000L);
        assertThat(e.measure().unit()).isEqualTo("million-vnd");
        assertThat(e.threshold().scale()).isEqualTo(Threshold.Scale.PRO_RATA);
        assertThat(e.threshold().value()).isEqualByComparingTo("100");
        assertThat(e.required().en()).isEqualTo("≥ 100% → max; below, max × rate / 100%");
    }

    @Test
    void casesDatesAndBandsAreData() {
        Evidence discipline = finding(CITY, FindingKind.DEDUCTION, "PAR-5.3", "all").evidence();
        assertThat(discipline.input()).isEqualTo(new InputRef("civilService.discipline", null, null, "disciplined"));
        assertThat(discipline.measure()).isEqualTo(Measure.count(14, "cases"));
        assertThat(discipline.threshold().perCase()).isEqualByComparingTo("0.5");
        assertThat(discipline.observed().vi()).isEqualTo("14 trường hợp");

        Evidence task = finding(CITY, FindingKind.WARNING, "T-NN-TASKS", "CP-2025-118").evidence();
        assertThat(task.input()).isEqualTo(new InputRef("tasks", 0, "CP-2025-118", null));
        assertThat(task.measure()).isEqualTo(Measure.notDone(LocalDate.of(2025, 10, 31)));
        assertThat(task.threshold()).isEqualTo(Threshold.doneBy(LocalDate.of(2025, 10, 15)));
        assertThat(task.required().vi()).isEqualTo("hoàn thành trước hạn 15/10/2025");

        Evidence late = finding(WARD, FindingKind.NOTE, "T-NN-TASKS", "UBND-2025-571").evidence();
        assertThat(late.measure()).isEqualTo(Measure.doneOn(LocalDate.of(2025, 10, 21)));
        assertThat(late.required().vi()).isEqualTo("hạn 15/10/2025");

        Evidence tasksOnTime = WARD.criteria().stream().filter(c -> c.code().equals("PAR-1.1")).findFirst().orElseThrow().evidence();
        assertThat(tasksOnTime.measure()).isEqualTo(Measure.rate(0, 1, "count"));
        assertThat(tasksOnTime.threshold().bands()).extracting(b -> b.atLeast().toPlainString() + "→" + b.share().toPlainString())
                .containsExactly("100→1", "90→0.75", "80→0.5", "70→0.25");
    }

    @Test
    void aProblemCarriesItsInputMeasureAndEachThresholdMissed() {
        Problem units = WARD.problems().stream().filter(p -> p.path().equals("$.organisation.publicServiceUnits")).findFirst().orElseThrow();
        assertThat(units.input()).isEqualTo(new InputRef("organisation.publicServiceUnits", null, null, null));
        assertThat(units.measure()).isEqualTo(Measure.rate(0, 1, "count"));
        Problem.Miss target = units.misses().stream().filter(m -> m.code().equals("T-SSU")).findFirst().orElseThrow();
        assertThat(target.threshold()).isEqualTo(Threshold.atLeast(new BigDecimal("100"), "percent"));
        assertThat(target.required().vi()).isEqualTo("≥ 100%");
    }

    @Test
    void theReceiptSaysWhichPackWasEvaluatedAndWhyNot() {
        assertThat(WARD.receipt().packs()).containsExactly(
                new Receipt.PackUse("par-province", "2025.1", "1187/QĐ-BNV", Receipt.PackUse.Status.EVALUATED, null, null),
                new Receipt.PackUse("hcmc-plan-2025", "2025-09-26", null, Receipt.PackUse.Status.EVALUATED, null, null),
                new Receipt.PackUse("index-766", "2026.1", null, Receipt.PackUse.Status.NO_SECTION, "service766", null),
                new Receipt.PackUse("sipas", "2025.1", null, Receipt.PackUse.Status.NO_SECTION, "sipas", null));
        assertThat(WARD.receipt().methodologies()).contains("index-766@2026.1 — not evaluated: no $.service766");
    }

    /** Every example's JSON: each evidence has its input and a measure with the numbers its kind needs. */
    @Test
    void everyExampleReportCarriesTheNumbersOfWhatItJudges() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> checked = new ArrayList<>();
        try (var files = Files.list(Path.of("../examples/snapshots"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode report = json.readTree(ReportWriter.json(Snapshots.EVALUATOR.evaluate(file)));
                for (JsonNode finding : report.get("findings")) {
                    JsonNode evidence = finding.get("evidence");
                    String where = file.getFileName() + " " + finding.get("code").asText();
                    assertThat(evidence.get("input").get("group").asText()).as(where).isNotEmpty();
                    JsonNode measure = evidence.get("measure");
                    List<String> needed = switch (measure.get("kind").asText()) {
                        case "rate" -> List.of("numerator", "denominator", "percent", "unit");
                        case "countOf" -> List.of("numerator", "denominator", "unit");
                        case "none" -> List.of("numerator", "denominator", "unit");
                        case "count" -> List.of("count", "unit");
                        case "value" -> List.of("value", "unit");
                        case "survey" -> List.of("percent", "respondents");
                        case "date", "absent" -> List.of();
                        default -> throw new AssertionError(where + ": kind " + measure.get("kind"));
                    };
                    needed.forEach(field -> assertThat(measure.has(field)).as(where + " measure." + field).isTrue());
                    checked.add(where);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(200);
    }

    @Test
    void theLayoutReadsEveryPathSyntax() {
        SnapshotLayout layout = Snapshots.EVALUATOR.methodology().layout();
        assertThat(layout.ref("$.tthc.fields[2]")).isEqualTo(new InputRef("tthc.fields", 2, null, null));
        assertThat(layout.ref("tthc.fields[dat-dai].resolvedOnTime")).isEqualTo(new InputRef("tthc.fields", null, "dat-dai", "resolvedOnTime"));
        assertThat(layout.ref("$.civilService.discipline.disciplined")).isEqualTo(new InputRef("civilService.discipline", null, null, "disciplined"));
        assertThat(layout.ref("$.digital.onlineDossiers")).isEqualTo(new InputRef("digital.onlineDossiers", null, null, null));
        assertThat(layout.ref("$.reported['766-T-SYNC']")).isEqualTo(new InputRef("reported", null, "766-T-SYNC", null));
        assertThat(layout.ref("$.reported['766-T-SYNC']").path()).isEqualTo("$.reported['766-T-SYNC']");
        assertThat(new InputRef("tthc.fields", 2, "dat-dai", "resolvedOnTime").path()).isEqualTo("$.tthc.fields[2].resolvedOnTime");
        assertThat(new InputRef("tthc.fields", 2, "dat-dai", "resolvedOnTime").countPath()).isEqualTo("tthc.fields[dat-dai].resolvedOnTime");
    }

    private static Finding finding(Report report, FindingKind kind, String code, String scope) {
        return report.findings(kind).stream().filter(f -> f.code().equals(code) && f.scope().equals(scope)).findFirst().orElseThrow();
    }
}
