package io.github.parsipas;

import io.github.parsipas.report.Finding;
import io.github.parsipas.report.Report;
import io.github.parsipas.report.ReportWriter;
import io.github.parsipas.text.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names and titles from the input are data: they reach the messages exactly as given, in every language. */
class UserTextTest {

    @Test
    void aDecimalPointInADocumentTitleIsNotRewrittenAsAVietnameseDecimalComma() {
        Report report = Snapshots.department("2025-11-30")
                .entry("legalDocuments", "id", "qd-08", "title", "Quyết định 08/2022 (sửa khoản 2.3 Điều 1.5)",
                        "concluded", "2025-10-01")
                .evaluate();
        // Concluded on 1 Oct, due 30 days later (31 Oct): 30 days overdue on 30 Nov.
        Finding overdue = warning(report, "T-VBQPPL");
        assertThat(overdue.message().vi())
                .isEqualTo("Văn bản \"Quyết định 08/2022 (sửa khoản 2.3 Điều 1.5)\" chưa được xử lý, quá hạn 31/10/2025 đã 30 ngày.");
        assertThat(overdue.message().en())
                .isEqualTo("Document \"Quyết định 08/2022 (sửa khoản 2.3 Điều 1.5)\" not yet handled, 30 days past 2025-10-31.");
    }

    @Test
    void bracesInATaskTitleAreTextNotAPlaceholder() {
        Report report = Snapshots.ward("2025-10-31")
                .entry("tasks", "id", "t-1", "title", "{dự thảo} Đề án {name} số hóa", "assignedBy", "city", "due", "2025-10-20")
                .evaluate();
        assertThat(warning(report, "T-NN-TASKS").message().vi())
                .isEqualTo("Nhiệm vụ \"{dự thảo} Đề án {name} số hóa\" quá hạn 20/10/2025 đã 11 ngày, chưa hoàn thành.");
        assertThat(ReportWriter.markdown(report, Language.EN)).contains("Task \"{dự thảo} Đề án {name} số hóa\" is 11 days past");
    }

    @Test
    void aFieldNameWithADecimalPointKeepsItInTheVietnameseMessage() {
        Report report = Snapshots.ward("2025-10-31")
                .field("loai-2-5", "loại 2.5", 100, 100, 90)
                .evaluate();
        assertThat(warning(report, "T-ONTIME").message().vi())
                .isEqualTo("Lĩnh vực loại 2.5: giải quyết đúng hạn 90,00% (90/100 hồ sơ), yêu cầu ≥ 98%.");
    }

    private static Finding warning(Report report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code) && f.kind().code().equals("warning"))
                .findFirst().orElseThrow(() -> new AssertionError("no warning " + code + " in " + report.findings()));
    }

    @Test
    void aNameLikeMarkupIsTextInHtml() {
        Report report = Snapshots.ward("2025-10-31")
                .entry("tasks", "id", "t-1", "title", "<script>alert(1)</script> & \"x\"", "assignedBy", "city", "due", "2025-10-20")
                .evaluate();
        String html = ReportWriter.html(report, Language.VI);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;").doesNotContain("<script")
                .startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").doesNotContain("http://", "https://", "<link", "src=");
    }
}
