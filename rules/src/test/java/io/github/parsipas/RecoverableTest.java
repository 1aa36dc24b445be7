package io.github.parsipas;

import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.report.Problem;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the year cannot undo (a discipline imposed, a task already late) and what did not occur (nothing to divide
 * by) are not ranked as points to win back, and their rows say so.
 */
class RecoverableTest {

    private static final Snapshot CITY = Snapshots.EVALUATOR.reader().read(Path.of("../examples/snapshots/city-hcm-2025-10.yaml"));

    @Test
    void theDisciplineImposedAndTheLateTaskAreNotRankedAsRecoverable() {
        Report city = Snapshots.EVALUATOR.rankByWhatIf(CITY, Snapshots.EVALUATOR.evaluate(CITY));
        Problem discipline = problem(city, "PAR-5.3");
        Problem tasks = problem(city, "PAR-1.1");
        // 14 disciplined: 2 − 14 × 0.5 → 0 of 2; 2 of 3 Government tasks late: 0 of 5. Both lost, none won back.
        assertThat(discipline.pointsLost()).isEqualByComparingTo("2");
        assertThat(tasks.pointsLost()).isEqualByComparingTo("5");
        for (Problem p : new Problem[]{discipline, tasks}) {
            assertThat(p.pointsRecoverable()).isNull();
            assertThat(p.wonBack()).isNull();
            assertThat(p.gain()).isEqualByComparingTo(BigDecimal.ZERO);
            // every problem that wins something comes first
            assertThat(city.problems()).filteredOn(q -> q.gain().signum() > 0).allSatisfy(q -> assertThat(q.rank()).isLessThan(p.rank()));
        }
        // The plan's word leads (W5, W1) and is what can still be done.
        assertThat(discipline.action().vi()).isEqualTo("Không lấy lại được trong năm; việc cần làm: Nâng cao trách nhiệm người đứng đầu trong quản lý CBCCVC;"
                + " chấn chỉnh kịp thời vi phạm (KH 109, II.1.1; II.1.5).");
        assertThat(discipline.action().en()).startsWith("Cannot be won back within the year; what to do: Hold heads of units to account");
        assertThat(tasks.action().vi()).startsWith("Không lấy lại được trong năm; việc cần làm: Rà soát ngay các nhiệm vụ Chính phủ, Thủ tướng giao còn trễ");
        String markdown = ReportWriter.markdown(city, Language.VI);
        assertThat(markdown).contains("| CBCCVC bị xử lý kỷ luật | 14 trường hợp † | **PAR-5.3** −2 điểm; **W5** |  |  | SNV [suy luận] | Không lấy lại được trong năm;")
                .doesNotContain("CBCCVC bị xử lý kỷ luật: 14 trường hợp — có thể lấy lại");
    }

    @Test
    void aWardWithNoFeeBearingDossiersIsToldNothingOccurredNotToPushOnlinePayment() {
        String ward = """
                {"format": "parsipas.snapshot/1", "unit": {"id": "w", "name": "Phường minh họa", "kind": "ward-commune"},
                 "asOf": "2025-10-31", "period": {"year": 2025, "month": 10},
                 "service766": {"resolution": {"resolved": 100, "onTimeOrEarly": 90}, "paidOnline": {"feeDossiers": 0, "paidOnline": 0}}}""";
        Snapshot snapshot = Snapshots.EVALUATOR.reader().fromJson("w.json", ward.getBytes(StandardCharsets.UTF_8));
        Report report = Snapshots.EVALUATOR.rankByWhatIf(snapshot, Snapshots.EVALUATOR.evaluate(snapshot));
        Problem payment = problem(report, "766-O-PAID");
        assertThat(payment.pointsLost()).isEqualByComparingTo("6");
        assertThat(payment.pointsRecoverable()).isNull();
        assertThat(payment.gap()).isNull();
        assertThat(payment.gain()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(payment.action().vi()).isEqualTo("Không phát sinh nên không có điểm để lấy lại; việc cần làm: đối chiếu số liệu với hệ thống nguồn,"
                + " đề nghị điều chỉnh nếu đơn vị có phát sinh mà chưa được ghi nhận.");
        // 90 of 100 on time (linear, 20 × 90% = 18): 2 to win back, ranked first
        assertThat(problem(report, "766-P-ONTIME").rank()).isEqualTo(1);
        assertThat(payment.rank()).isEqualTo(2);
        String markdown = ReportWriter.markdown(report, Language.VI);
        assertThat(markdown).contains("| Hồ sơ có nghĩa vụ tài chính thanh toán trực tuyến | không phát sinh (0) † | **766-O-PAID** −6 điểm |  |  | TTCDS | Không phát sinh")
                .doesNotContain("Đẩy mạnh thanh toán trực tuyến");
        assertThat(ReportWriter.markdown(report, Language.EN)).contains("Not occurring, so no points to win back; what to do:");
    }

    @Test
    void onlyACriterionDeclaresWhetherItsLossCanBeWonBack(@TempDir Path dir) throws IOException {
        Path extension = Path.of("src/test/resources/city-extension");
        for (String file : new String[]{"index.yaml", "inputs.yaml"}) {
            Files.copy(extension.resolve(file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("city-targets.yaml"), Files.readString(extension.resolve("city-targets.yaml"))
                .replace("    lead: TTPVHCC\n", "    lead: TTPVHCC\n    recoverable: false\n"));
        assertThatThrownBy(() -> Methodology.bundled().with(dir.resolve("index.yaml")))
                .hasMessageContaining("C-CENTRE").hasMessageContaining("recoverable is for a criterion: a target has no points to win back");
    }

    private static Problem problem(Report report, String code) {
        return report.problems().stream().filter(p -> p.misses().stream().anyMatch(m -> m.code().equals(code))).findFirst().orElseThrow();
    }
}
