package io.github.parsipas;

import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.SurveyFigure;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static io.github.parsipas.TthcPlanRulesTest.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SIPAS on the smallest inputs: the threshold boundary, a question nobody answered, a wrong scale. */
class SipasTest {

    @Test
    void anElementExactlyAtTheThresholdPassesAndJustUnderIsWarned() {
        // 34 of 40 in the top two levels = 85.00%; 33 of 40 = 82.50%
        assertThat(findings(survey("[1, 2, 3, 14, 20]"), "SIPAS-ACCESS", FindingKind.WARNING)).isEmpty();
        assertThat(findings(survey("[1, 2, 4, 13, 20]"), "SIPAS-ACCESS", FindingKind.WARNING)).singleElement()
                .satisfies(w -> assertThat(w.evidence().observed().en()).isEqualTo("82.50% (at least 40 respondents)"));
    }

    @Test
    void thirtyRespondentsAreEnoughAndTwentyNineAreNot() {
        assertThat(findings(survey("[0, 0, 0, 10, 20]"), "SIPAS-ACCESS", FindingKind.WARNING)).isEmpty();
        assertThat(findings(survey("[0, 0, 0, 9, 20]"), "SIPAS-ACCESS", FindingKind.WARNING)).singleElement()
                .satisfies(w -> assertThat(w.message().en()).contains("only 29 respondents (at least 30 needed)"));
    }

    @Test
    void aQuestionNobodyAnsweredLeavesItsElementCannotEvaluate() {
        Report report = survey("[0, 0, 0, 0, 0]");
        assertThat(findings(report, "SIPAS-ACCESS", FindingKind.CANNOT_EVALUATE)).singleElement()
                .satisfies(f -> assertThat(f.evidence().path()).isEqualTo("$.sipas.service.access"));
        assertThat(report.indices()).isEmpty();
    }

    @Test
    void answersMustMatchTheScale() {
        assertThatThrownBy(() -> survey("[1, 2, 3, 4]")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.sipas.service.access[0].answers");
                    assertThat(p.found()).isEqualTo("4 counts");
                    assertThat(p.expected()).startsWith("5 counts, one per level");
                }));
    }

    @Test
    void eachQuestionAndPolicyGroupHasItsPercentageInTheJsonAndTheReport() {
        Report report = Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(java.nio.file.Path.of("../examples/snapshots/city-sipas-2025.yaml")));
        var figures = report.indices().get(0).figures();
        // 5 elements' 10 questions, then 2 policy groups each followed by its questions: 10 + 3 + 2 rows
        assertThat(figures).hasSize(15);
        // A1 [4, 10, 26, 180, 180]: top two levels 360 of 400 = 90%
        assertThat(figures.get(0)).isEqualTo(new SurveyFigure("$.sipas.service.access[0]", "question", "A1", "Biển hiệu, chỉ dẫn", "access",
                new BigDecimal("90.00"), 400));
        // F1 [1, 2, 4, 10, 8]: 18 of 25 = 72%
        assertThat(figures.get(9)).isEqualTo(new SurveyFigure("$.sipas.service.feedback[0]", "question", "F1", "Kênh góp ý, phản ánh thuận tiện", "feedback",
                new BigDecimal("72.00"), 25));
        // Giáo dục: G1 340/400 = 85%, G2 320/400 = 80% → 82.50%
        assertThat(figures.get(10)).isEqualTo(new SurveyFigure("$.sipas.policy[0]", "group", "giao-duc", "Giáo dục", null, new BigDecimal("82.50"), 400));
        assertThat(figures.get(12)).isEqualTo(new SurveyFigure("$.sipas.policy[0].questions[1]", "question", "G2", "Tuyển sinh đầu cấp", "giao-duc",
                new BigDecimal("80.00"), 400));
        String markdown = io.github.parsipas.report.ReportWriter.markdown(report, io.github.parsipas.text.Language.VI);
        assertThat(markdown).contains("| Nhóm chính sách: **giao-duc** — Giáo dục | Phần A: xây dựng, tổ chức thực hiện chính sách | 82,5 | 400 |",
                "| **F1** — Kênh góp ý, phản ánh thuận tiện | Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị | 72 | 25 |");
    }

    @Test
    void indicesNotOnASurveyHaveNoFigures() {
        assertThat(Snapshots.EVALUATOR.evaluate(Snapshots.EVALUATOR.reader().read(java.nio.file.Path.of("../examples/snapshots/city-766-2025-10.yaml")))
                .indices()).allSatisfy(index -> assertThat(index.figures()).isEmpty());
    }

    private static Report survey(String accessAnswers) {
        String json = Snapshots.ward("2025-12-15").json().replaceFirst("\\{", "{ \"sipas\": {\"service\": {\"access\": [{\"code\": \"A1\", \"name\": \"Chỉ dẫn\", \"answers\": "
                + accessAnswers + "}]}},");
        Snapshot snapshot = Snapshots.EVALUATOR.reader().fromJson("sipas.json", json.getBytes(StandardCharsets.UTF_8));
        return Snapshots.EVALUATOR.evaluate(snapshot);
    }
}
