package io.github.parsipas.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ParSipasCliTest {

    private static final String WARD = "snapshots/ward-ben-thanh-2025-10.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheExampleWardReportInVietnamese() throws Exception {
        assertThat(run("evaluate", WARD)).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        // 59 findings read as 22 problems, 4 tasks and reports; what is missing is counted from the packs, not written here
        Asked asked = Asked.of(WARD);
        assertThat(asked.absentSections()).containsExactly("sipas");
        assertThat(report)
                .contains("# Báo cáo đánh giá CCHC — Phường Bến Thành (số liệu minh họa)")
                .contains("## Tóm tắt", "## Các vấn đề cần xử lý (22)", "## Nhiệm vụ và báo cáo (4)", "## Phụ lục")
                .contains("### Số liệu còn thiếu (" + asked.missingInside().size() + ")")
                .contains("- " + asked.missingInside().size() + " tiêu chí chưa đánh giá được do thiếu số liệu; tệp số liệu không có "
                        + asked.absentSections().size() + " mục (" + asked.readingAbsent().size() + " tiêu chí không chấm): xem Phụ lục.")
                .contains("| 1 | Sắp xếp, giảm đơn vị sự nghiệp công lập | 0,00% (0/1) †; còn thiếu 1 | **PAR-4.2** −5 điểm (ước tính theo tiêu chí cấp tỉnh); "
                        + "**T-SSU** ≥ 100%; **W4** | PAR 5 |  | SNV [suy luận] | Đơn vị đề xuất, Thành phố quyết định: Rà soát")
                .contains("| 22 | Hồ sơ TTHC giải quyết đúng hạn từ 98% trong từng lĩnh vực (Đất đai) | 94,66% (124/131); còn thiếu 5 | **T-ONTIME** ≥ 98% |")
                .contains("| 22 | KH 109/KH-UBND ngày 26/9/2025, II.1.3 |")
                // 42,000 − 23,100 = 18,900 million đồng to disburse in the 61 days to 31 Dec: 309.8 a day
                .contains("| Giải ngân vốn đầu tư công | 55,00% (23.100/42.000) †; còn thiếu 18.900, ≈ 310/ngày đến hạn |")
                // 80% of 1,243 online = 995; 995 − 521 = 474, 7.8 a day
                .contains("41,91% (521/1.243) †; còn thiếu 474, ≈ 8/ngày đến hạn |")
                // 24 trainings in 61 days: under one a day, no pace
                .contains("80,00% (96/120) †; còn thiếu 24 |")
                // what is due, the nearest first, in the summary
                .contains("- Nhiệm vụ và báo cáo: 2 sắp đến hạn, 1 hoàn thành trễ — xem mục Nhiệm vụ và báo cáo\n"
                        + "  16. Hạn 05/11/2025: Báo cáo hằng tháng tiến độ chỉ tiêu KT-XH gửi Sở Tài chính (tháng 10/2025) (STC)\n"
                        + "  17. Hạn 05/11/2025: Báo cáo tiến độ thực hiện Kế hoạch trong báo cáo CCHC định kỳ (tháng 10/2025) (SNV)\n")
                .doesNotContain("## Bị trừ điểm", "## Khuyến nghị");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsJsonInEnglishOnRequest() {
        assertThat(run("evaluate", WARD, "--format", "json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"schema\" : \"parsipas.report/1\"")
                .contains("\"code\" : \"PAR-3.5\"", "\"pointsLost\" : 1.50", "\"rank\" : 22");
        out.reset();
        assertThat(run("evaluate", WARD, "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("## Problems to address (22)")
                .contains("| 22 | At least 98% of TTHC dossiers on time in each field (Đất đai) | 94.66% (124/131); short by 5 | **T-ONTIME** ≥ 98% |");
    }

    @Test
    void printsTheExampleDepartmentFromYaml() {
        assertThat(run("evaluate", "snapshots/department-so-tu-phap-2025-11.yaml", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("| 1 | TTHC announced and published on time | 92.86% (13/14) †; short by 1 | **PAR-3.1** −1 point (an estimate by the provincial criterion); a provisional band edge: at 100% it wins back 1 point; **T-PUB** ≥ 100% | PAR 1 |")
                .contains("| 3 | Unnecessary business conditions abolished | 20.83% (5/24) †; short by 3 | **PAR-3.2** −0.75 points (an estimate by the provincial criterion); a provisional band edge: at 30% it wins back 0.75 points; "
                        + "**T-CUT-COND** ≥ 30% | PAR 0.75 | 2025-12-31 [inferred] | VPUB [inferred] |")
                .contains("| 12 | TTHC resolution time cut by at least 30% | 26.90% (390/1,450) †; short by 45, ≈ 2 a day until due | **T-CUT-TIME** ≥ 30% |  | 2025-12-31 [inferred] | VPUB [inferred] |")
                .doesNotContain("T-CUT-COST")
                .contains("| 3. Administrative procedure reform | 7.25 † | 10 | 13 | VPUB [inferred] | survey |");
    }

    @Test
    void auditsAFolderOfFixturesAndExplainsAFinding() {
        assertThat(run("audit", "../rules/src/test/fixtures")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("PASS  Ward example, October 2025")
                .containsPattern("\\d+ passed, 0 failed").contains("rules that never found anything (criteria: never deducted): none")
                .contains("rules never shown silent on present data: none");
        out.reset();
        assertThat(run("audit", "../rules/src/test/resources/wrong-fixtures")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 passed, 1 failed")
                .contains("expected criterion PAR-3.3 = 5 points (± 0.005), but got 3");
        out.reset();
        assertThat(run("explain", WARD, "PAR-3.3", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("- deduction [all] TTHC dossiers resolved on time: 99.00% (1,194/1,206); by the provincial criterion, "
                + "the unit's share stands for 1 of 4 points lost (an estimate: the Ministry scores only the province).");
        assertThat(run("explain", WARD, "NOPE")).isEqualTo(2);
        assertThat(run("audit", "no-such-folder")).isEqualTo(2);
    }

    @Test
    void printsTheCityForecastAndComparesMethodVersions() {
        assertThat(run("evaluate", "snapshots/city-hcm-2025-10.yaml", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("## PAR Index forecast (plan III.2) (1187/QĐ-BNV)")
                // October's counts (basis period): no forecast of the year's index, the period's points only.
                .contains("- Not enough year-to-date data for a forecast: the snapshot's counts cover one period")
                .doesNotContain("- Distance to the 2024 top-10 cut-off: ")
                .contains("| 7. E-government and digital government | ")
                .contains("| SKHCN [inferred] |");
        out.reset();
        assertThat(run("evaluate", "snapshots/city-hcm-2025-year.yaml", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("- Projected: 86.78% — Group B")
                .contains("- Distance to the 2024 top-10 cut-off: -3.24 / -3.91 points (90.02% / 90.69%)");
        out.reset();
        assertThat(run("compare", "snapshots/city-hcm-2025-10.yaml", "876/QĐ-BNV", "1187/QĐ-BNV", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| PAR-7.3 Full-process online dossiers | 2 | 1.54 | -0.46 |");
        out.reset();
        assertThat(run("compare", "snapshots/city-hcm-2025-10.yaml", "876/QĐ-BNV", "1187/QĐ-BNV", "--lang", "en",
                "--parameters", "../rules/src/test/resources/parameters/official-areas-2-6-7.yaml")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| PAR-7.3 Full-process online dossiers | 2 | 1.8 | -0.2 |");
        assertThat(run("evaluate", "snapshots/city-hcm-2025-10.yaml", "--method", "2019/X", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("<version>: found \"2019/X\", expected one of 876/QĐ-BNV, 1187/QĐ-BNV");
    }

    @Test
    void badInputExitsTwoWithThePathAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(WARD)).replace("\"resolvedOnTime\": 395", "\"resolvedOnTime\": 399"));
        assertThat(run("evaluate", bad.toString(), "--lang", "en")).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("$.tthc.fields[0].resolvedOnTime: found 399, expected at most resolved (398 at $.tthc.fields[0].resolved)")
                .doesNotContain("Exception", "\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        // In the officer's language by default (--lang vi).
        err.reset();
        assertThat(run("evaluate", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("$.tthc.fields[0].resolvedOnTime: nhận được 399, cần không quá `resolved` (398 tại `$.tthc.fields[0].resolved`)");
    }

    @Test
    void generatesTheSyntheticCityAndBatchesItWithTheBadLinesNamedAndExitTwo(@TempDir Path dir) throws Exception {
        Path city = dir.resolve("city.jsonl");
        assertThat(run("synthetic-city", "--out", city.toString(), "--wards", "4", "--departments", "1", "--months", "2")).isZero();
        assertThat(Files.readAllLines(city)).hasSize(10).allSatisfy(line -> assertThat(line).contains("(số liệu tổng hợp)"));
        assertThat(run("batch", city.toString(), "--quiet")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("# Tổng hợp CCHC các đơn vị — tháng 02/2025", "Số đơn vị: 5 · Dữ liệu không đọc được: 0",
                "## Theo cơ quan chủ trì", "| `$.tthc.complaints` | 5 |");
        Files.writeString(city, Files.readString(city) + "{\"format\": \"parsipas.snapshot/1\"}\n");
        Path out2 = dir.resolve("out");
        assertThat(run("batch", city.toString(), "--quiet", "--format", "csv", "--out", out2.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(city + ":11: $.unit: found nothing");
        assertThat(Files.readString(out2.resolve("batch.csv"))).startsWith("rank,unit,name,kind,period,766.points,766.max,766.grade,766.change,PAR.points,PAR.max,PAR.grade,PAR.change,targetsMet,");
        assertThat(out2.resolve("batch.json")).exists();
        assertThat(out2.resolve("units/tp-phuong-001.md")).exists();
    }

    @Test
    void batchesThePortalsResponsesWithTheCitysOwnRateBesideTheUnitsSum() {
        assertThat(run("batch", "--from", "portal766", "portal766/hcm-2025-10", "--as-of", "2025-10-31", "--period", "2025-10", "--quiet")).isZero();
        // Announced on time: the department, the ward and the commune 18 of 20 together; the province's own response 95%.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Số đơn vị: 4 · Dữ liệu không đọc được: 0",
                "| `$.service766.announcedOnTime` | 3 | 18 / 20 | 90,00 | — | 90,00 | 95,00 | -5,00 |");
        assertThat(run("batch", "--from", "portal766", "portal766/hcm-2025-10", "--quiet")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from portal766 needs --as-of and --period");
    }

    @Test
    void missingFileAndBadOptionsExitTwo() {
        assertThat(run("evaluate", "no-such-file.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-file.json: không có tệp này");
        assertThat(run("evaluate", "no-such-file.json", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-file.json: no such file");
        assertThat(run("evaluate", WARD, "--format", "pdf")).isEqualTo(2);
        assertThat(run("evaluate", WARD, "--lang", "fr")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang: found \"fr\", expected vi or en");
    }

    @Test
    void printsTheSnapshotSchemaTheJarShips() throws Exception {
        assertThat(run("schema")).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(java.nio.file.Files.readString(
                Path.of("../rules/src/main/resources/parsipas/schema/snapshot-v1.schema.json"), StandardCharsets.UTF_8));
    }

    @Test
    void hashPrintsTheReceiptsInputHash(@TempDir Path dir) throws Exception {
        // small.json canonicalised by hand in ReceiptTest; the same digest as python3's json.dumps(sort_keys=True) of it
        assertThat(run("hash", "../rules/src/test/resources/receipt/small.yaml")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("485b01facebfa53aabfab6e97452c304128be08bbf3442c46e177112510cd3b1\n");
        out.reset();
        assertThat(run("hash", WARD)).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        out.reset();
        assertThat(run("evaluate", WARD, "--format", "json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"inputSha256\" : \"" + hash + "\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": 1}");
        assertThat(run("hash", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.format");
    }

    @Test
    void readsThePortalsResponsesForAProvinceAndItsUnits(@TempDir Path dir) throws Exception {
        String[] portal = {"evaluate", "--from", "portal766", "portal766/hcm-2025-10", "--as-of", "2025-10-31", "--period", "2025-10"};
        assertThat(run(portal)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("# Chỉ số 766 theo dữ liệu Cổng Dịch vụ công quốc gia — kỳ 2025-10")
                // published totals lead (the six groups' totalScore); ours in brackets where it is over fewer criteria
                .contains("| Phường Bến Thành | `phuong-ben-thanh` | ward-commune | 86,57 | Tốt | (71,10) | 84,00 / 100,00 | 0 | 0 | 5 |")
                .contains("| Xã Cần Giờ | `xa-can-gio` | ward-commune | 76,59 | Khá | (65,04) | 84,00 / 100,00 | 2 | 0 | 5 |");
        out.reset();
        assertThat(run(java.util.stream.Stream.concat(java.util.Arrays.stream(portal), java.util.stream.Stream.of("--unit", "phuong-ben-thanh"))
                .toArray(String[]::new))).isZero();
        String ward = out.toString(StandardCharsets.UTF_8);
        // the ward's one official index heads its summary, and its section comes first after it
        assertThat(ward).contains("## Tóm tắt\n\n- Chỉ số phục vụ người dân, doanh nghiệp (766): 86,57 / 100 (Cổng công bố) — Tốt †; "
                + "tính lại: 71,1 trên 84 điểm đã chấm (chưa phải tổng điểm)");
        assertThat(ward.indexOf("\n## ", ward.indexOf("\n## Tóm tắt") + 1)).isEqualTo(ward.indexOf("\n## Chỉ số phục vụ người dân, doanh nghiệp (766): 86,57 / 100"));
        out.reset();
        assertThat(run(java.util.stream.Stream.concat(java.util.Arrays.stream(portal), java.util.stream.Stream.of("--out", dir.toString(), "--format", "json"))
                .toArray(String[]::new))).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("phuong-ben-thanh.json", "so-tu-phap.json", "thanh-pho-ho-chi-minh.json", "xa-can-gio.json");
        }
        assertThat(run("evaluate", "--from", "portal766", "portal766/hcm-2025-10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from portal766 needs --as-of and --period");
    }

    @Test
    void aBadPortalFileIsNamedAndTheOthersStillEvaluated(@TempDir Path dir) throws Exception {
        try (var files = Files.list(Path.of("portal766/hcm-2025-10"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("handling-satisfaction.json"), "[1, 2");
        assertThat(run("evaluate", "--from", "portal766", dir.toString(), "--as-of", "2025-10-31", "--period", "2025-10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("handling-satisfaction.json").doesNotContain("Exception", "\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| Xã Cần Giờ | `xa-can-gio` | ward-commune | — | chưa đủ để xếp loại | (48,87) | 66,00 / 100,00 |");
    }

    @Test
    void whatIfShowsThePointsAChangeWins() {
        assertThat(run("what-if", WARD, "--set", "digital.onlineDossiers.online=1000", "--lang", "en")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("| PAR-7.2 Dossiers processed online | 1.05 | 2 | +0.95 |");
        assertThat(run("what-if", WARD, "--set", "digital.onlineDossiers.online=lots")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--set: found \"digital.onlineDossiers.online=lots\", expected <path>=<whole number>");
    }

    /**
     * What the bundled packs ask of a snapshot, read from the pack files and the snapshot as plain YAML and JSON (not
     * through the library): for each item that applies to the unit's kind and roles, in a pack the snapshot is evaluated
     * by (its {@code requires} section sent), each input missing inside a section sent, and each section not sent.
     */
    record Asked(List<String> missingInside, java.util.Set<String> absentSections, java.util.Set<String> readingAbsent) {

        static Asked of(String snapshotFile) throws java.io.IOException {
            com.fasterxml.jackson.databind.JsonNode snapshot = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(snapshotFile).toFile());
            String kind = snapshot.at("/unit/kind").asText();
            java.util.Set<String> roles = new java.util.TreeSet<>();
            snapshot.at("/unit/leadRoles").forEach(r -> roles.add(r.asText()));
            List<String> missing = new java.util.ArrayList<>();
            java.util.Set<String> absent = new java.util.TreeSet<>();
            java.util.Set<String> reading = new java.util.TreeSet<>();
            try (var files = Files.list(Path.of("../rules/src/main/resources/parsipas/packs"))) {
                for (Path file : files.sorted().filter(f -> !f.endsWith("agencies.yaml")).toList()) {
                    com.fasterxml.jackson.databind.JsonNode pack = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(file.toFile());
                    if (pack.has("requires") && snapshot.at(pointer(pack.get("requires").asText())).isMissingNode()) {
                        continue;
                    }
                    for (com.fasterxml.jackson.databind.JsonNode item : pack.get("items")) {
                        boolean applies = item.get("appliesTo").toString().contains("\"" + kind + "\"");
                        boolean role = !item.has("roles") || java.util.stream.StreamSupport.stream(item.get("roles").spliterator(), false)
                                .anyMatch(r -> roles.contains(r.asText()));
                        if (!applies || !role) {
                            continue;
                        }
                        boolean noted = false; // an item lacking data is one finding, named with its first missing input
                        for (com.fasterxml.jackson.databind.JsonNode input : item.path("inputs")) {
                            String path = input.asText();
                            String section = path.split("\\.")[0];
                            if (!snapshot.has(section)) {
                                absent.add(section);
                                reading.add(item.get("code").asText());
                            } else if (snapshot.at(pointer(path)).isMissingNode() && !noted) {
                                missing.add(item.get("code").asText() + " " + path);
                                noted = true;
                            }
                        }
                    }
                }
            }
            return new Asked(missing, absent, reading);
        }

        private static String pointer(String path) {
            return "/" + path.replace('.', '/');
        }
    }

    private int run(String... args) {
        return ParSipasCli.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }
}
