package io.github.parsipas.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.parsipas.Evaluator;
import io.github.parsipas.batch.Batch;
import io.github.parsipas.batch.BatchInput;
import io.github.parsipas.text.Language;
import io.github.parsipas.report.BatchReport;
import io.github.parsipas.report.BatchWriter;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Many units at once: inputs at scale with bad lines mid-file, the same output on any number of threads, the roll-up, a unit's history. */
class BatchTest {

    private static final Evaluator EVALUATOR = Evaluator.create();

    @Test
    void theSummaryIsByteIdenticalOnOneAndEightThreads(@TempDir Path dir) throws Exception {
        Path city = dir.resolve("city.jsonl");
        Files.write(city, SyntheticCity.generate(7, 12, 3, 3));
        BatchInput.Loaded loaded = BatchInput.read(List.of(city), EVALUATOR.reader());
        assertThat(loaded.snapshots()).hasSize(45);
        assertThat(loaded.rejected()).isEmpty();
        BatchReport one = new Batch(EVALUATOR, 1).run(loaded, () -> { }).summary();
        BatchReport eight = new Batch(EVALUATOR, 8).run(loaded, () -> { }).summary();
        assertThat(BatchWriter.json(eight)).isEqualTo(BatchWriter.json(one));
        assertThat(BatchWriter.markdown(eight, Language.VI)).isEqualTo(BatchWriter.markdown(one, Language.VI));
        assertThat(BatchWriter.csv(eight, Language.VI)).isEqualTo(BatchWriter.csv(one, Language.VI));
        assertThat(one.units()).hasSize(15).allSatisfy(row -> assertThat(row.period()).isEqualTo("2025-03"));
        assertThat(one.units()).allSatisfy(row -> assertThat(row.movement().since()).isEqualTo("2025-02"));
        // The packs' declarations: the 766 index ranks the league (its column beside the rank), the PAR Index by areas follows.
        assertThat(one.indices()).extracting(BatchReport.IndexColumn::code, c -> c.label().vi(), BatchReport.IndexColumn::graded, BatchReport.IndexColumn::ranks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("766", "Chỉ số 766", true, true),
                        org.assertj.core.groups.Tuple.tuple("PAR", "Điểm PAR đã chấm", false, false));
        assertThat(one.units()).extracting(row -> row.indices().get("766").points()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(BatchWriter.markdown(one, Language.VI)).contains("| # | Đơn vị | Loại | Kỳ | Chỉ số 766 | Chỉ tiêu KH 109: đạt / nguy cơ / không đạt | Điểm PAR đã chấm | Số vấn đề |");
    }

    @Test
    void theSummaryMatchesThePublishedBatchSchemaWithAndWithoutACitySnapshot(@TempDir Path dir) throws Exception {
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_7)
                .getSchema(BatchTest.class.getResourceAsStream("/parsipas/schema/batch-v1.schema.json"));
        Path city = dir.resolve("city.jsonl");
        Files.write(city, SyntheticCity.generate(5, 4, 2, 2));
        Files.writeString(city, Files.readString(city) + "{\"format\": \"parsipas.snapshot/1\"}\n");
        BatchReport synthetic = new Batch(EVALUATOR, 2).run(BatchInput.read(List.of(city), EVALUATOR.reader()), () -> { }).summary();
        assertThat(schema.validate(new ObjectMapper().readTree(BatchWriter.json(synthetic)))).isEmpty();
        var portal = new io.github.parsipas.snapshot.Portal766Reader(EVALUATOR.reader())
                .read(List.of(Path.of("portal766/hcm-2025-10")), LocalDate.of(2025, 10, 31), "2025-10");
        BatchReport withCity = new Batch(EVALUATOR, 2).run(new BatchInput.Loaded(portal.snapshots(), List.of()), () -> { }).summary();
        assertThat(withCity.rollup()).anySatisfy(r -> assertThat(r.cityPercent()).isNotNull());
        assertThat(schema.validate(new ObjectMapper().readTree(BatchWriter.json(withCity)))).isEmpty();
    }

    @Test
    void theCityRollUpIsTheSumOfTheUnitsCountsNotAnAverageOfTheirRates(@TempDir Path dir) throws Exception {
        Path city = dir.resolve("city.jsonl");
        List<String> lines = SyntheticCity.generate(11, 6, 2, 2);
        Files.write(city, lines);
        BatchReport summary = new Batch(EVALUATOR, 2).run(BatchInput.read(List.of(city), EVALUATOR.reader()), () -> { }).summary();
        // Added up here from the raw lines of the latest month, apart from the code under test.
        ObjectMapper json = new ObjectMapper();
        long[] online = new long[3];
        long[] dossiers = new long[3];
        int units = 0;
        for (String line : lines) {
            JsonNode snapshot = json.readTree(line);
            JsonNode group = snapshot.path("digital").path("onlineDossiers");
            int month = snapshot.path("period").path("month").asInt();
            if (!group.isMissingNode()) {
                online[month] += group.path("online").asLong();
                dossiers[month] += group.path("dossiers").asLong();
                units += month == 2 ? 1 : 0;
            }
        }
        BatchReport.RollupRate rate = summary.rollup().stream().filter(r -> r.path().equals("digital.onlineDossiers")).findFirst().orElseThrow();
        assertThat(rate.units()).isEqualTo(units);
        assertThat(rate.part()).isEqualTo(online[2]);
        assertThat(rate.whole()).isEqualTo(dossiers[2]);
        assertThat(rate.percent()).isEqualByComparingTo(percent(online[2], dossiers[2]));
        assertThat(rate.previousPercent()).isEqualByComparingTo(percent(online[1], dossiers[1]));
        assertThat(rate.yearToDatePart()).isEqualTo(online[1] + online[2]);
        assertThat(rate.yearToDateWhole()).isEqualTo(dossiers[1] + dossiers[2]);
        assertThat(rate.yearToDatePercent()).isEqualByComparingTo(percent(online[1] + online[2], dossiers[1] + dossiers[2]));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void aBadLineOfAJsonLinesFileIsRejectedWithItsLineAndPathAndTheOthersStillRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.jsonl");
        Files.writeString(file, ward("w1", "2025-10", 1000, 600) + "\n" + ward("w2", "2025-10", 1000, 1200) + "\n\n"
                + "{not json\n" + ward("w3", "2025-10", 500, 250) + "\n");
        BatchInput.Loaded loaded = BatchInput.read(List.of(file), EVALUATOR.reader());
        assertThat(loaded.snapshots()).extracting(s -> s.unit().id()).containsExactly("w1", "w3");
        assertThat(loaded.rejected()).hasSize(2);
        assertThat(loaded.rejected().get(0).where()).isEqualTo(file + ":2");
        assertThat(loaded.rejected().get(0).why()).startsWith("$.digital.onlineDossiers.online: found 1200, expected at most dossiers (1000 at $.digital.onlineDossiers.dossiers)");
        assertThat(loaded.rejected().get(1).where()).isEqualTo(file + ":4");
        BatchReport summary = new Batch(EVALUATOR, 1).run(loaded, () -> { }).summary();
        assertThat(summary.units()).hasSize(2);
        assertThat(summary.rejected()).hasSize(2);
    }

    @Test
    void aCsvRowPerUnitWithSnapshotPathsAsColumnsReadsAndABadRowIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, """
                unit.id,unit.name,unit.kind,asOf,period.year,period.month,digital.onlineDossiers.dossiers,digital.onlineDossiers.online,tthc.fields[0].code,tthc.fields[0].name,tthc.fields[0].received,tthc.fields[0].resolved,tthc.fields[0].resolvedOnTime
                007,"Phường Bảy, \"\"số liệu thử\"\"",ward-commune,2025-10-31,2025,10,1000,600,ho-tich,Hộ tịch,100,90,89
                w8,Phường Tám,ward-commune,2025-10-31,2025,10,1000,-5,,,,,
                w9,Phường Chín,ward-commune,2025-10-31,2025,10
                w10,Phường Mười,ward-commune,2025-10-31,2025,10,800,400,,,,,
                """);
        BatchInput.Loaded loaded = BatchInput.read(List.of(file), EVALUATOR.reader());
        assertThat(loaded.snapshots()).extracting(s -> s.unit().id()).containsExactly("007", "w10");
        Snapshot first = loaded.snapshots().get(0);
        assertThat(first.unit().name()).isEqualTo("Phường Bảy, \"số liệu thử\"");
        assertThat(first.counts().get("digital.onlineDossiers")).containsEntry("online", 600L).containsEntry("dossiers", 1000L);
        assertThat(first.lists().get("tthc.fields")).singleElement().satisfies(e -> assertThat(e.counts()).containsEntry("resolvedOnTime", 89L));
        assertThat(loaded.rejected()).extracting(BatchReport.Rejected::where).containsExactly(file + ":3", file + ":4");
        assertThat(loaded.rejected().get(0).why()).startsWith("$.digital.onlineDossiers.online: found -5");
        assertThat(loaded.rejected().get(1).why()).isEqualTo("6 cells, expected 13 (one per column of the header)");
    }

    @Test
    void aCsvHeaderNamingAPathBothAsAValueAndASectionIsRejectedNotACrash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clash.csv");
        Files.writeString(file, "unit.id,unit,asOf\nw1,x,2025-10-31\n");
        BatchInput.Loaded loaded = BatchInput.read(List.of(file), EVALUATOR.reader());
        assertThat(loaded.snapshots()).isEmpty();
        assertThat(loaded.rejected()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo(file + ":1");
            assertThat(r.why()).isEqualTo("column \"unit\" is a value, but \"unit.id\" makes it a section or list");
        });
    }

    @Test
    void threeMonthsOfOneUnitGiveTheTrendThroughAllThreeAndTheMovementSinceTheLast(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ward.jsonl");
        Files.writeString(file, String.join("\n", ward("w1", "2025-11", 1000, 550), ward("w1", "2025-09", 1000, 400), ward("w1", "2025-10", 1000, 500)));
        Batch.Result result = new Batch(EVALUATOR, 1).run(BatchInput.read(List.of(file), EVALUATOR.reader()), () -> { });
        Report november = result.reports().get(0);
        assertThat(november.period()).isEqualTo("2025-11");
        // Online dossiers 40% (30 Sep), 50% (31 Oct), 55% (30 Nov); days 0, 31, 61 from the first: mean day 30.667, mean 48.333;
        // Σ(dx·dy) = 458.333, Σdx² = 1860.667: 0.246327 points a day (1375/5582). 31 days on from 55%: 55 + 7.636 = 62.64% by
        // 31 Dec, short of 80%. (From October alone, 5 points in 30 days, it would be 60.17%.)
        assertThat(november.findings(FindingKind.WARNING)).filteredOn(f -> f.code().equals("T-ONLINE-DOSSIER"))
                .anySatisfy(f -> assertThat(f.message().en()).contains("reach only about 62.64% by 2025-12-31"));
        assertThat(november.problems()).filteredOn(p -> "$.digital.onlineDossiers".equals(p.path())).singleElement()
                .satisfies(p -> {
                    assertThat(p.earlier().asOf()).isEqualTo(LocalDate.of(2025, 10, 31));
                    assertThat(p.earlier().percent()).isEqualByComparingTo("50.00");
                    assertThat(p.earlier().change()).isEqualByComparingTo("5.00");
                });
        BatchReport.UnitRow row = result.summary().units().get(0);
        assertThat(row.movement().since()).isEqualTo("2025-10");
    }

    @Test
    void aSecondSnapshotOfTheSameUnitAndPeriodIsRejectedNotGuessedBetween(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("twice.jsonl");
        Files.writeString(file, ward("w1", "2025-10", 1000, 550) + "\n" + ward("w1", "2025-10", 1000, 600));
        BatchReport summary = new Batch(EVALUATOR, 1).run(BatchInput.read(List.of(file), EVALUATOR.reader()), () -> { }).summary();
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.where()).isEqualTo("w1 2025-10");
            assertThat(r.why()).contains("a second snapshot of the same unit and period");
        });
    }

    private static String ward(String id, String month, long dossiers, long online) {
        int m = Integer.parseInt(month.substring(5));
        LocalDate asOf = java.time.YearMonth.parse(month).atEndOfMonth();
        return """
                {"format": "parsipas.snapshot/1", "unit": {"id": "%s", "name": "Phường %s", "kind": "ward-commune"}, "asOf": "%s",
                 "period": {"year": 2025, "month": %d}, "digital": {"onlineDossiers": {"dossiers": %d, "online": %d}}}"""
                .formatted(id, id, asOf, m, dossiers, online).replace("\n", " ");
    }
}
