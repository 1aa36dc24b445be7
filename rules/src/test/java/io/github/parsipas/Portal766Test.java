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
    void aProvinceAndItsUnitsFromTheSixResponsesAsThePortalSendsThem() {
        Portal766Reader.Import read = READER.read(List.of(EXAMPLE), LocalDate.parse("2025-10-31"), "2025-10");
        assertThat(read.problems()).isEmpty();
        assertThat(read.snapshots()).extracting(s -> s.unit().id(), s -> s.unit().kind().code()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("thanh-pho-ho-chi-minh", "city"),
                org.assertj.core.groups.Tuple.tuple("phuong-ben-thanh", "ward-commune"),
                org.assertj.core.groups.Tuple.tuple("so-tu-phap", "department"),
                org.assertj.core.groups.Tuple.tuple("xa-can-gio", "ward-commune"));
        // the tree's children carry no departmentId: joined to the listing files by name, said once per unit
        assertThat(read.notes()).extracting(n -> n.en()).contains(
                "Phường Bến Thành (phuong-ben-thanh) is joined across files by its name in: dvc-progress-tree (no departmentId or departmentCode in common).")
                .anySatisfy(n -> assertThat(n).startsWith("Fields the portal sent that the index does not use, ignored: agencyLevel (provide-online-tree); ")
                        .contains("stt (dossier-digitized, handling-satisfaction, transparency)").doesNotContain("departmentCode"));
        List<Report> reports = read.snapshots().stream().map(Snapshots.EVALUATOR::evaluate).toList();

        // The city, every group recomputed. Online service from the parent's counts: offered (1,778 + 218) / 2,251 = 88.67 % ≥ 80 % → 2;
        // used 1,497 / 1,996 = 75 % → 4 × 0.75 = 3; intake 86,920 / 200,000 = 43.46 % of the 50 % target → 6 × 43.46 / 50 = 5.22: 10.22.
        // Digitisation with the certified copies' ratio alone (60 % → 2 × 0.6 = 1.2): 5.64 + 3.68 + 1.2 + 1.05 + 2.4 + 1.5 + 1.78 = 17.25.
        assertGroups(reports.get(0), "86.43", "17.40", "17.00", "10.22", "7.15", "17.25", "17.41");
        assertThat(reports.get(0).criteria()).filteredOn(c -> c.code().equals("766-D-COPY")).singleElement().satisfies(c -> {
            assertThat(c.points()).isEqualByComparingTo("1.20");
            assertThat(c.evidence().measure().kind()).isEqualTo(io.github.parsipas.report.Measure.Kind.GIVEN);
            assertThat(c.evidence().observed().en()).isEqualTo("60.00% (from the portal's ratio, without its counts)");
        });
        // Published totals: the six groups' totalScore (ward 17.9 + 19.8 + 12 + 0 + 18.87 + 18 = 86.57; department
        // 17.16 + 19.8 + 11.5 + 9.28 + 19.57 + 16.56 = 93.87; commune 16.67 + 18 + 9.8 + 6.25 + 10.15 + 15.72 = 76.59)
        assertThat(reports).extracting(r -> index(r).published().points().toPlainString(), r -> index(r).published().grade().vi())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("86.43", "Tốt"), org.assertj.core.groups.Tuple.tuple("86.57", "Tốt"),
                        org.assertj.core.groups.Tuple.tuple("93.87", "Xuất sắc"), org.assertj.core.groups.Tuple.tuple("76.59", "Khá"));
        // our totals: a whole one for the city only; the others are over fewer criteria and are no total
        assertThat(reports).extracting(r -> index(r).published().recomputed() == null ? "—" : index(r).published().recomputed().toPlainString())
                .containsExactly("86.43", "—", "—", "—");
        // the ward's 71.10 = 86.57 − the online group's published 12 − the two population-data scores 1.8 + 1.67 (province-only)
        assertThat(index(reports.get(1)).points()).isEqualByComparingTo("71.10");
        assertThat(index(reports.get(1)).notApplicable()).containsExactly("766-O-OFFERED", "766-O-USED", "766-O-INTAKE", "766-D-POPDATA", "766-D-POPLINK");
    }

    @Test
    void thePublishedScoresLeadAndEachDifferenceIsAFinding() {
        List<Report> reports = READER.read(List.of(EXAMPLE), LocalDate.parse("2025-10-31"), "2025-10").snapshots().stream()
                .map(Snapshots.EVALUATOR::evaluate).toList();
        Report commune = reports.get(3);
        // 850/1000 = 85 % of the 90 % target → 6 × 85 / 90 = 5.67; the file says 5.22
        assertThat(published(commune, FindingKind.WARNING)).extracting(Finding::code).containsExactly("766-S-TTHC-SATISFIED", "766/satisfaction");
        assertThat(published(commune, FindingKind.WARNING).get(0).message().en())
                .isEqualTo("Satisfaction with TTHC handling: the portal reports 5.22, the rules give 5.67 (a difference of 0.45).");
        assertThat(published(commune, FindingKind.WARNING).get(1).message().vi())
                .isEqualTo("Mức độ hài lòng: Cổng công bố 15,72 điểm, quy tắc tính được 16,17 điểm (chênh 0,45).");
        // the group table: online service not recomputable for the commune (province-only) and the department (no counts)
        assertThat(index(commune).published().groups()).extracting(g -> g.code() + " " + g.status()).containsExactly(
                "transparency agrees", "timeliness agrees", "onlineService notRecomputed", "onlinePayment agrees", "digitisation agrees",
                "satisfaction differs");
        assertThat(index(reports.get(2)).published().groups()).filteredOn(g -> g.code().equals("onlineService")).singleElement()
                .satisfies(g -> assertThat(g.recomputed()).isNull());
        assertThat(published(reports.get(0), FindingKind.WARNING)).isEmpty();
        assertThat(published(reports.get(1), FindingKind.WARNING)).isEmpty();
        assertThat(published(reports.get(2), FindingKind.WARNING)).isEmpty();
        // the portal's data-quality flags beside the metric
        assertThat(index(commune).published().flags()).singleElement()
                .satisfies(f -> assertThat(f.criterion() + " " + f.status()).isEqualTo("766-D-SHARE NO_NATIONAL_REPORT_DATA"));
        String md = io.github.parsipas.report.ReportWriter.markdown(reports.get(0), io.github.parsipas.text.Language.EN);
        assertThat(md).contains("- Service index (766): 86.43 / 100 (published by the portal) — Good †; recomputed: 86.43")
                .contains("- **766-T-SYNC** Dossiers synchronised to the National Public Service Portal: `TEMP_NATIONAL_REPORT_DENOMINATOR` — Mẫu số tạm");
        assertThat(io.github.parsipas.report.ReportWriter.markdown(reports.get(1), io.github.parsipas.text.Language.VI))
                .contains("86,57 / 100 (Cổng công bố) — Tốt †; tính lại: 71,1 trên 84 điểm đã chấm (chưa phải tổng điểm)")
                .contains("| Cung cấp dịch vụ trực tuyến | 12 | — |  | 12 | không tính lại được: giữ điểm Cổng công bố |");
    }

    /** Only the fields the reference names, the optional ones left out: a province and one commune in the three tree groups. */
    @Test
    void aResponseWithOnlyTheNamedFieldsIsReadToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dvc-progress-tree.json"), """
                {"code": "OK", "data": {
                  "parent": {"departmentName": "Tỉnh X", "departmentCode": "H01", "totalReceived": 100, "totalOnTime": 90, "totalCompleted": 100,
                             "ratio": 90, "totalScore": 18, "totalMaxScore": 20},
                  "children": [{"departmentName": "Xã Y", "departmentCode": "H01.5", "level": "COMMUNE", "totalReceived": 40, "totalOnTime": 30,
                                "totalOverdue": 10, "ratio": 75, "score": 16, "maxScore": 20}]}, "message": "OK"}
                """);
        Files.writeString(dir.resolve("provide-online-tree.json"), """
                {"code": "OK", "data": {
                  "parent": {"departmentName": "Tỉnh X", "departmentCode": "H01", "authorityCount": 100, "partialCount": 10, "fullCount": 30,
                             "onlineDossierCount": 20, "onlineServiceTotal": 40, "channelOnlineSum": 25, "channelDirectSum": 70, "channelPostalSum": 5,
                             "channelTotalSum": 100, "onlineOnTimeSum": 20, "onlineOverdueSum": 5, "totalScore": 6, "totalMaxScore": 12},
                  "children": [{"departmentName": "Xã Y", "departmentCode": "H01.5", "level": "COMMUNE", "totalScore": 9, "totalMaxScore": 12}]}, "message": "OK"}
                """);
        Portal766Reader.Import read = READER.read(List.of(dir), LocalDate.parse("2025-10-31"), "2025-10");
        assertThat(read.problems()).isEmpty();
        assertThat(read.snapshots()).extracting(s -> s.unit().name() + " " + s.unit().kind().code()).containsExactly("Tỉnh X city", "Xã Y ward-commune");
        Report province = Snapshots.EVALUATOR.evaluate(read.snapshots().get(0));
        // 90 / 100 × 20 = 18; offered 40 / 100 = 40 % of 80 % → 2 × 0.5 = 1; used 20 / 40 → 4 × 0.5 = 2; intake 25 % of 50 % → 6 × 0.5 = 3
        assertThat(index(province).groups()).extracting(g -> g.code() + " " + g.points().toPlainString())
                .contains("timeliness 18.00", "onlineService 6.00");
        Report commune = Snapshots.EVALUATOR.evaluate(read.snapshots().get(1));
        // 30 / 40 × 20 = 15, the child's score says 16: a difference the report names
        assertThat(published(commune, FindingKind.WARNING)).singleElement().satisfies(f -> assertThat(f.message().en())
                .isEqualTo("Timeliness: the portal reports 16.00, the rules give 15.00 (a difference of 1.00)."));
        // four groups not in the files: no published total
        assertThat(index(commune).published().points()).isNull();
        assertThat(io.github.parsipas.report.ReportWriter.markdown(commune, io.github.parsipas.text.Language.EN)).contains("the portal published 2 of 6 groups: no total");
    }

    @Test
    void aBadFileOrUnitIsReportedWithItsPathAndTheOthersStillRead(@TempDir Path dir) throws IOException {
        copyExample(dir);
        // the department's first transparency indicator renamed; the digitisation file broken; a file of no group; an error answer
        Path transparency = dir.resolve("transparency.json");
        Files.writeString(transparency, Files.readString(transparency).replaceFirst("(\"Sở Tư pháp\"[\\s\\S]*?)\"PUBLISH_ON_TIME\"", "$1\"PUBLISH_EARLY\""));
        Files.writeString(dir.resolve("dossier-digitized.json"), "{\"data\": ");
        Files.writeString(dir.resolve("summary.json"), "{}");
        Path payment = dir.resolve("formality-online-payment-tree.json");
        Files.writeString(payment, Files.readString(payment).replaceFirst("\"code\": \"OK\"", "\"code\": \"UNAUTHORIZED\""));

        Portal766Reader.Import read = READER.read(List.of(dir), LocalDate.parse("2025-10-31"), "2025-10");

        assertThat(read.problems()).hasSize(4);
        assertThat(read.problems()).anySatisfy(e -> {
            assertThat(e.source()).endsWith("transparency.json");
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$.data.evaluation[0].metrics[0].code");
                assertThat(p.found()).isEqualTo("\"PUBLISH_EARLY\"");
                assertThat(p.expected()).startsWith("an indicator of transparency, one of PUBLISH_ON_TIME, PUBLIC_UPDATE_ON_TIME");
                assertThat(p.describe(io.github.parsipas.text.Language.VI)).contains("một chỉ tiêu của transparency");
            });
        });
        assertThat(read.problems()).anySatisfy(e -> assertThat(e.problems().get(0).path() + ": " + e.problems().get(0).found() + " → " + e.problems().get(0).expected())
                .isEqualTo("$.code: \"UNAUTHORIZED\" → OK, the code of an answer (the portal says: OK)"));
        assertThat(read.problems()).anySatisfy(e -> assertThat(e.source()).endsWith("dossier-digitized.json"));
        assertThat(read.problems()).anySatisfy(e -> assertThat(e.problems().get(0).expected()).startsWith("the name of a 766 group: transparency, dvc-progress-tree"));
        assertThat(read.snapshots()).hasSize(4);
        Report department = Snapshots.EVALUATOR.evaluate(read.snapshots().get(2));
        assertThat(index(department).notEvaluated()).contains("766-T-ANNOUNCE", "766-D-RESULT", "766-O-PAID");
        assertThat(index(department).published().points()).isNull(); // three groups missing: no total
    }

    @Test
    void countsLevelsAndTypesTheRulesCannotUseAreProblemsAtTheirPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dvc-progress-tree.json"), """
                {"code": "OK", "data": {"parent": {"departmentName": "Tỉnh X", "departmentCode": "H01", "totalReceived": 10, "totalOnTime": 11},
                          "children": [{"departmentName": "Huyện Y", "departmentCode": "H01.1", "level": "DISTRICT", "totalReceived": 5, "totalOnTime": 5},
                                       {"departmentName": "Xã Z", "level": "COMMUNE", "totalReceived": 5, "totalOnTime": 2.5},
                                       {"departmentName": "Xã W", "level": "COMMUNE", "totalReceived": 4},
                                       {"departmentName": "Xã V", "totalReceived": 4, "totalOnTime": 4, "score": 25, "maxScore": 20}]}}
                """);
        Files.writeString(dir.resolve("handling-satisfaction.json"), """
                {"code": "OK", "data": {"overview": {"departmentName": "Tỉnh X", "departmentType": "PROVINCE", "metrics": [
                    {"code": "PETITION_PROCESSING_ON_TIME", "numerator": 7, "denominator": 5, "score": 6, "maxScore": 6},
                    {"code": "DOSSIER_RECEIVING_SATISFACTION", "numerator": null, "denominator": null, "ratio": 90, "score": 6, "maxScore": 6},
                    {"code": "PETITION_HANDLING_SATISFACTION", "numerator": 5, "denominator": 5, "score": 600, "maxScore": 6}]},
                    "evaluation": [{"departmentName": "Xã U", "departmentType": "DISTRICT_PEOPLE_COMMITTEE", "metrics": []}]}}
                """);
        Portal766Reader.Import read = READER.read(List.of(dir.resolve("dvc-progress-tree.json"), dir.resolve("handling-satisfaction.json")),
                LocalDate.parse("2025-10-31"), "2025-10");
        assertThat(read.problems()).flatExtracting(InvalidInputException::problems).extracting(p -> p.path() + ": " + p.found()).containsExactly(
                "$.data.parent.totalOnTime: 11",
                "$.data.children[0].level: \"DISTRICT\"",
                "$.data.children[1].totalOnTime: 2.5",
                "$.data.children[2]: only some of the counts for service766.resolution",
                "$.data.children[3].score: 25",
                "$.data.overview.metrics[0].numerator: 7",
                "$.data.overview.metrics[2].score: 600",
                "$.data.evaluation[0].departmentType: \"DISTRICT_PEOPLE_COMMITTEE\"");
        // a ratio alone (TTHC satisfaction) is no problem; every entry with one is left out whole, so nothing is read
        assertThat(read.snapshots()).isEmpty();
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
