package io.github.parsipas;

import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Overrides;
import io.github.parsipas.methodology.Parameter;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A city's own target added to the bundled rule set from outside, with an official value from memory. */
class ExtensionTest {

    private static final Methodology EXTENDED = Methodology.bundled().with(Path.of("src/test/resources/city-extension/index.yaml"));
    private static final String CITY = """
            {"format": "parsipas.snapshot/1", "unit": {"id": "hcm", "name": "TP.HCM (thử)", "kind": "city"},
             "asOf": "2025-10-31", "period": {"year": 2025, "month": 10},
             "cityOwn": {"centreDossiers": {"received": 1000, "onTime": 985}},
             "tthc": {"complaints": {"received": 40, "resolved": 40, "resolvedOnTime": 36}}}""";

    @Test
    void theAddedTargetIsJudgedBesideTheBundledOnes() {
        Evaluator evaluator = Evaluator.create(EXTENDED);
        Report report = evaluator.evaluate(evaluator.reader().fromJson("city.json", CITY.getBytes(StandardCharsets.UTF_8)));
        // 985 of 1000 = 98.50%, below the city's own 99%; complaints 36/40 = 90%, below the plan's 95% (bundled).
        assertThat(warning(report, "C-CENTRE").message().en()).isEqualTo("Centre dossiers on time: 98.50%, required ≥ 99%.");
        assertThat(warning(report, "C-CENTRE").lead().code()).isEqualTo("TTPVHCC");
        assertThat(warning(report, "T-ONTIME-KNTC").evidence().observed().en()).startsWith("90.00%");
        assertThat(report.receipt().rulesetSha256()).isNotEqualTo(Methodology.bundled().contentHash());
        assertThat(report.receipt().methodologies()).contains("city-targets@test.1");
    }

    @Test
    void aReportOfTheAddedTargetAloneCarriesNoNoteOfAMethodThatScoredNothing() {
        Evaluator evaluator = Evaluator.create(EXTENDED);
        String own = """
                {"format": "parsipas.snapshot/1", "unit": {"id": "hcm", "name": "TP.HCM (thử)", "kind": "city"},
                 "asOf": "2025-10-31", "period": {"year": 2025, "month": 10},
                 "cityOwn": {"centreDossiers": {"received": 1000, "onTime": 985}}}""";
        Report report = evaluator.evaluate(evaluator.reader().fromJson("own.json", own.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.findings(FindingKind.WARNING)).extracting(Finding::code).contains("C-CENTRE");
        assertThat(report.criteria()).isEmpty();
        // 2025 falls under 1187/QĐ-BNV, whose note is for a report the PAR Index scored something in.
        assertThat(report.notes()).isNull();
    }

    @Test
    void anOfficialValueFromMemoryReplacesTheAddedTargetsProvisionalOne() {
        Parameter official = new Parameter("percent", List.of(new DatedValue(LocalDate.of(2025, 1, 1), null, new BigDecimal("98"), Status.CONFIRMED,
                io.github.parsipas.text.Text.same("Quyết định của UBND TP (official, test)"))));
        Methodology withOfficial = EXTENDED.withOverrides(new Overrides(Map.of(), Map.of("C-CENTRE",
                new Overrides.ItemOverride(null, Map.of("minRate", official)))));
        Evaluator evaluator = Evaluator.create(withOfficial);
        Report report = evaluator.evaluate(evaluator.reader().fromJson("city.json", CITY.getBytes(StandardCharsets.UTF_8)));
        // 98.50% meets the official 98%.
        assertThat(report.findings()).noneMatch(f -> f.code().equals("C-CENTRE") && f.kind() == FindingKind.WARNING);
    }

    private static Finding warning(Report report, String code) {
        return report.findings(FindingKind.WARNING).stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
