package org.example.hcmc;

import io.github.parsipas.Evaluator;
import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Text;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Overrides;
import io.github.parsipas.methodology.Parameter;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.report.Finding;
import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ParSipas from its published jars, with this project's pack, rule file and an official value kept in memory. */
class ConsumerTest {

    private static final String CITY = """
            {"format": "parsipas.snapshot/1", "unit": {"id": "hcm", "name": "TP.HCM (ví dụ)", "kind": "city"},
             "asOf": "2025-10-31", "period": {"year": 2025, "month": 10},
             "cityOwn": {"centreDossiers": {"received": 1000, "onTime": 985}, "hotlineSatisfied": 86.5},
             "tthc": {"complaints": {"received": 40, "resolved": 40, "resolvedOnTime": 36}}}""";

    @Test
    void theCitysOwnTargetsRuleAndOfficialValueShowInTheReport() {
        // An official value from the host system's database, not a file: the centre's mark is 98.6%, not 99%.
        Parameter official = new Parameter("percent", List.of(new DatedValue(LocalDate.of(2025, 1, 1), null, new BigDecimal("98.6"),
                Status.CONFIRMED, Text.same("Quyết định của UBND TP (ví dụ)"))));
        Methodology methodology = Methodology.bundled().with(Path.of("src/main/resources/hcmc/index.yaml"))
                .withOverrides(new Overrides(Map.of(), Map.of("C-CENTRE", new Overrides.ItemOverride(null, Map.of("minRate", official)))));
        Evaluator evaluator = Evaluator.create(methodology);
        Report report = evaluator.evaluate(evaluator.reader().fromJson("city.json", CITY.getBytes(StandardCharsets.UTF_8)));

        // The pack's target, by ParSipas' generic rule, against the official value: 98.50% < 98.6%.
        assertEquals("Centre dossiers on time: 98.50%, required ≥ 98.6%.", warning(report, "C-CENTRE").message().en());
        // This project's own rule: 86.5% < 90%.
        assertEquals("Hotline 1022 satisfaction 86.5%, required at least 90%.", warning(report, "C-HOTLINE").message().en());
        // The bundled plan still applies: complaints 36/40 = 90% < 95%.
        assertTrue(warning(report, "T-ONTIME-KNTC").message().en().contains("90.00%"));
        String markdown = ReportWriter.markdown(report, Language.VI);
        assertTrue(markdown.contains("| 98,50% (985/1.000) †; còn thiếu 1 | **C-CENTRE** ≥ 98,6% |"), markdown);
        assertTrue(markdown.contains("| Hài lòng với Tổng đài 1022 từ 90% | 86,5% † | **C-HOTLINE** ≥ 90% |"), markdown);
        System.out.println(markdown);
    }

    private static Finding warning(Report report, String code) {
        return report.findings(FindingKind.WARNING).stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning " + code + " in " + report.findings()));
    }
}
