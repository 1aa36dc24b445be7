package io.github.parsipas;

import io.github.parsipas.report.FindingKind;
import io.github.parsipas.report.Report;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

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

    private static Report survey(String accessAnswers) {
        String json = Snapshots.ward("2025-12-15").json().replaceFirst("\\{", "{ \"sipas\": {\"service\": {\"access\": [{\"code\": \"A1\", \"name\": \"Chỉ dẫn\", \"answers\": "
                + accessAnswers + "}]}},");
        Snapshot snapshot = Snapshots.EVALUATOR.reader().fromJson("sipas.json", json.getBytes(StandardCharsets.UTF_8));
        return Snapshots.EVALUATOR.evaluate(snapshot);
    }
}
