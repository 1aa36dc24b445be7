package io.github.parsipas;

import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.IndexScore;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Portal766Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's 766 responses for a province and three units (examples/portal766/hcm-2025-10, numbers made up),
 * through the adapter to each unit's report; every expected number computed by hand from the fitted rules.
 */
class Portal766Test {

    private static final Path EXAMPLE = Path.of("../examples/portal766/hcm-2025-10");
    private static final Portal766Reader READER = new Portal766Reader(Snapshots.EVALUATOR.reader());

    @Test
    void aProvinceAndItsUnitsFromTheSixResponses() {
        Portal766Reader.Import read = READER.read(List.of(EXAMPLE), LocalDate.parse("2025-10-31"), "2025-10");
        assertThat(read.problems()).isEmpty();
        assertThat(read.snapshots()).extracting(s -> s.unit().id(), s -> s.unit().kind().code()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("thanh-pho-ho-chi-minh", "city"),
                org.assertj.core.groups.Tuple.tuple("phuong-ben-thanh", "ward-commune"),
                org.assertj.core.groups.Tuple.tuple("so-tu-phap", "department"),
                org.assertj.core.groups.Tuple.tuple("xa-can-gio", "ward-commune"));
        List<Report> reports = read.snapshots().stream().map(Snapshots.EVALUATOR::evaluate).toList();

        // transparency, timeliness, online service (intake only: the tree has no counts for offer and use),
        // online payment, digitisation, satisfaction
        assertGroups(reports.get(0), "80.23", "17.40", "17.00", "5.22", "7.15", "16.05", "17.41"); // certified copies: a ratio only
        assertGroups(reports.get(1), "80.57", "17.90", "19.80", "6.00", "0.00", "18.87", "18.00"); // nothing to pay: 0; no PAKN: 6 + 6
        assertGroups(reports.get(2), "82.37", "17.16", "19.80", "0.00", "9.28", "19.57", "16.56"); // online service: a score only
        assertGroups(reports.get(3), "67.24", "16.67", "18.00", "0.00", "6.25", "10.15", "16.17");
        assertThat(index(reports.get(0)).notEvaluated()).containsExactly("766-O-OFFERED", "766-O-USED", "766-D-COPY");
        assertThat(index(reports.get(1)).grade()).isNull();
    }

    @Test
    void aPublishedScoreTheRulesDoNotGiveIsAWarningAndOneTheyCannotCheckANote() {
        List<Report> reports = READER.read(List.of(EXAMPLE), LocalDate.parse("2025-10-31"), "2025-10").snapshots().stream()
                .map(Snapshots.EVALUATOR::evaluate).toList();
        Report commune = reports.get(3);
        // 850/1000 = 85 % of the 90 % target → 6 × 85 / 90 = 5.67; the file says 5.22
        assertThat(published(commune, FindingKind.WARNING)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("766-S-TTHC-SATISFIED");
            assertThat(f.message().en()).isEqualTo("Satisfaction with TTHC handling: the portal reports 5.22, the rules give 5.67 (a difference of 0.45).");
            assertThat(f.message().vi()).isEqualTo("Hài lòng với giải quyết TTHC: Cổng công bố 5,22 điểm, quy tắc tính được 5,67 điểm (chênh 0,45).");
            assertThat(f.evidence().path()).isEqualTo("$.reported['766-S-TTHC-SATISFIED']");
            assertThat(f.lead().code()).isEqualTo("VPUB");
        });
        assertThat(published(commune, FindingKind.NOTE)).extracting(Finding::code).containsExactly("766/onlineService");
        // every other published score agrees within 0.01
        assertThat(published(reports.get(0), FindingKind.WARNING)).isEmpty();
        assertThat(published(reports.get(0), FindingKind.NOTE)).extracting(Finding::code).containsExactlyInAnyOrder("766-D-COPY", "766/onlineService");
        assertThat(published(reports.get(0), FindingKind.NOTE)).filteredOn(f -> f.code().equals("766-D-COPY")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).isEqualTo(
                        "Electronic certified copies: the portal reports 1.20; without the counts behind it the rules cannot check it."));
        assertThat(published(reports.get(1), FindingKind.WARNING)).isEmpty();
        assertThat(published(reports.get(2), FindingKind.WARNING)).isEmpty();
    }

    @Test
    void aBadFileOrUnitIsReportedWithItsPathAndTheOthersStillRead(@TempDir Path dir) throws IOException {
        copyExample(dir);
        // the department's first transparency indicator renamed; the digitisation file broken; a file of no group
        Path transparency = dir.resolve("transparency.json");
        Files.writeString(transparency, Files.readString(transparency).replaceFirst("(\"Sở Tư pháp\"[\\s\\S]*?)\"PUBLISH_ON_TIME\"", "$1\"PUBLISH_EARLY\""));
        Files.writeString(dir.resolve("dossier-digitized.json"), "{\"data\": ");
        Files.writeString(dir.resolve("summary.json"), "{}");

        Portal766Reader.Import read = READER.read(List.of(dir), LocalDate.parse("2025-10-31"), "2025-10");

        assertThat(read.problems()).extracting(e -> e.getMessage().lines().findFirst().orElseThrow()).hasSize(3);
        assertThat(read.problems()).anySatisfy(e -> {
            assertThat(e.source()).endsWith("transparency.json");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$.data.evaluation[0].metrics[0].code");
                assertThat(p.found()).isEqualTo("\"PUBLISH_EARLY\"");
                assertThat(p.expected()).startsWith("an indicator of transparency, one of PUBLISH_ON_TIME, PUBLIC_UPDATE_ON_TIME");
            });
        });
        assertThat(read.problems()).anySatisfy(e -> assertThat(e.source()).endsWith("dossier-digitized.json"));
        assertThat(read.problems()).anySatisfy(e -> assertThat(e.problems().get(0).expected()).startsWith("the name of a 766 group: transparency, dvc-progress-tree"));
        // all four units still read; the department without transparency, everyone without digitisation
        assertThat(read.snapshots()).hasSize(4);
        Report department = Snapshots.EVALUATOR.evaluate(read.snapshots().get(2));
        assertThat(index(department).notEvaluated()).contains("766-T-ANNOUNCE", "766-D-RESULT");
        Report ward = Snapshots.EVALUATOR.evaluate(read.snapshots().get(1));
        assertThat(index(ward).points()).isEqualByComparingTo("61.70"); // 80.57 − 18.87
    }

    @Test
    void countsAndTypesTheRulesCannotUseAreProblemsAtTheirPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dvc-progress-tree.json"), """
                {"data": {"parent": {"departmentName": "Tỉnh X", "departmentType": "PROVINCE", "totalReceived": 10, "totalOnTime": 11},
                          "children": [{"departmentName": "Huyện Y", "departmentType": "DISTRICT_PEOPLE_COMMITTEE", "totalReceived": 5, "totalOnTime": 5},
                                       {"departmentName": "Xã Z", "departmentType": "COMMUNE_PEOPLE_COMMITTEE", "totalReceived": 5, "totalOnTime": 2.5},
                                       {"departmentName": "Xã W", "departmentType": "COMMUNE_PEOPLE_COMMITTEE", "totalReceived": 4}]}}
                """);
        Files.writeString(dir.resolve("handling-satisfaction.json"), """
                {"code": "handling-satisfaction", "data": {"overview": {"departmentName": "Tỉnh X", "departmentType": "PROVINCE", "metrics": [
                    {"code": "PETITION_PROCESSING_ON_TIME", "numerator": 7, "denominator": 5, "score": 6, "maxScore": 6},
                    {"code": "DOSSIER_RECEIVING_SATISFACTION", "numerator": 5, "denominator": 5, "score": 600, "maxScore": 6}]}, "evaluation": []}}
                """);
        Portal766Reader.Import read = READER.read(List.of(dir.resolve("dvc-progress-tree.json"), dir.resolve("handling-satisfaction.json")),
                LocalDate.parse("2025-10-31"), "2025-10");
        assertThat(read.snapshots()).isEmpty();
        assertThat(read.problems()).flatExtracting(InvalidInputException::problems).extracting(p -> p.path() + ": " + p.found()).containsExactly(
                "$.data.parent.totalOnTime: 11",
                "$.data.children[0].departmentType: \"DISTRICT_PEOPLE_COMMITTEE\"",
                "$.data.children[1].totalOnTime: 2.5",
                "$.data.children[2]: only some of the counts for service766.resolution",
                "$.data.overview.metrics[0].numerator: 7",
                "$.data.overview.metrics[1].score: 600");
    }

    @Test
    void theResponsesCarryNoPeriodSoItIsAskedFor() {
        assertThatThrownBy(() -> READER.read(List.of(EXAMPLE), LocalDate.parse("2025-10-31"), "October"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("period: found \"October\", expected a month, quarter or ISO week such as 2025-10, 2025-Q4 or 2025-W43");
    }

    @Test
    void publishedPointsMustNameWhatTheRulesScoreWithinItsMaximum() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> Snapshots.EVALUATOR.evaluate(
                Snapshots.EVALUATOR.reader().fromYaml("t", """
                        format: parsipas.snapshot/1
                        unit: {id: w, name: Phường A, kind: ward-commune, leadRoles: []}
                        asOf: 2025-10-31
                        period: {year: 2025, month: 10}
                        reported: {766-T-ANNOUNCE: 6.5, 766-X-NOTHING: 1, 766/nowhere: 1, 766/transparency: 18}
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(e.problems()).extracting(p -> p.path() + ": " + p.found() + " → " + p.expected()).containsExactly(
                "$.reported['766-T-ANNOUNCE']: 6.5 → at most 6, the maximum of 766-T-ANNOUNCE",
                "$.reported['766-X-NOTHING']: an unknown code → a criterion code of the rule set (e.g. 766-T-ANNOUNCE) or an index group (e.g. 766/onlinePayment)",
                "$.reported['766/nowhere']: an unknown code → a criterion code of the rule set (e.g. 766-T-ANNOUNCE) or an index group (e.g. 766/onlinePayment)");
        assertThatThrownBy(() -> Snapshots.EVALUATOR.reader().fromJson("t", ("{\"format\": \"parsipas.snapshot/1\", \"unit\": {\"id\": \"w\", \"name\": \"A\", "
                + "\"kind\": \"city\", \"leadRoles\": []}, \"asOf\": \"2025-10-31\", \"period\": {\"year\": 2025, \"month\": 10}, "
                + "\"reported\": {\"{{name}}\": 1, \"766-T-SYNC\": \"6\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$.reported['{{name}}']: found a field, expected a criterion code such as 766-T-ANNOUNCE")
                .hasMessageContaining("$.reported['766-T-SYNC']: found \"6\"");
    }

    @Test
    void aDifferenceOfOneHundredthIsRoundingNotDrift() {
        // 6 × 95 % = 5.70
        assertThat(published(reconcile("5.71"), FindingKind.WARNING)).isEmpty();
        assertThat(published(reconcile("5.69"), FindingKind.WARNING)).isEmpty();
        assertThat(published(reconcile("5.72"), FindingKind.WARNING)).singleElement()
                .satisfies(f -> assertThat(f.message().en()).endsWith("the portal reports 5.72, the rules give 5.70 (a difference of 0.02)."));
        assertThat(published(reconcile("5.68"), FindingKind.WARNING)).hasSize(1);
    }

    private static Report reconcile(String reported) {
        return Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().fromYaml("t", ("""
                format: parsipas.snapshot/1
                unit: {id: w, name: Phường A, kind: ward-commune, leadRoles: []}
                asOf: 2025-10-31
                period: {year: 2025, month: 10}
                service766: {synchronised: {dossiers: 100, synchronised: 95}}
                reported: {766-T-SYNC: %s}
                """).formatted(reported).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static List<Finding> published(Report report, FindingKind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind && f.evidence().path().startsWith("$.reported[")).toList();
    }

    private static void assertGroups(Report report, String total, String... groups) {
        IndexScore index = index(report);
        assertThat(index.points()).as(report.unit().id()).isEqualByComparingTo(total);
        assertThat(index.groups()).extracting(g -> g.points().toPlainString()).as(report.unit().id()).containsExactly(groups);
    }

    private static IndexScore index(Report report) {
        return report.indices().stream().filter(i -> i.code().equals("766")).findFirst().orElseThrow();
    }

    private static void copyExample(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
    }
}
