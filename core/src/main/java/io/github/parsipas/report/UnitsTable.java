package io.github.parsipas.report;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Text;

import java.util.List;

/**
 * Several units' reports side by side, one row per unit: the index as the portal published it (its total and grade, when
 * every group is published), our recomputation (in brackets when partial, so never read as the unit's total), how many
 * published scores differ from the computed ones, and how many indicators could not be scored or are not asked.
 */
final class UnitsTable {

    private UnitsTable() {
    }

    static String render(List<Report> reports, String indexCode, Language language) {
        boolean vi = language == Language.VI;
        StringBuilder out = new StringBuilder();
        out.append(vi ? "| Đơn vị | Mã | Loại | Điểm Cổng công bố | Xếp loại | Tính lại | Đã chấm trên | Lệch so với điểm công bố | Chỉ tiêu chưa chấm | Không áp dụng |\n"
                : "| Unit | Id | Kind | Published | Grade | Recomputed | Evaluated of | Differs from published | Indicators not scored | Not applicable |\n");
        out.append("|---|---|---|---:|---|---:|---:|---:|---:|---:|\n");
        String noGrade = vi ? "chưa đủ để xếp loại" : "not enough to grade";
        for (Report report : reports) {
            IndexScore index = report.indices().stream().filter(i -> i.code().equals(indexCode)).findFirst().orElse(null);
            IndexScore.Published published = index == null ? null : index.published();
            long differing = report.findings().stream()
                    .filter(f -> f.kind() == FindingKind.WARNING && f.evidence() != null && f.evidence().path().startsWith("$.reported[")).count();
            // the official figure is the published total; a recomputation over fewer criteria than the index has is no total
            String total = published == null || published.points() == null ? "—" : language.number(published.points());
            Text grade = published != null ? published.grade() : index == null ? null : index.grade();
            String recomputed = index == null ? "—" : index.complete() ? language.number(index.points())
                    : "(" + language.number(index.points()) + ")";
            out.append("| ").append(Markdown.escape(report.unit().name()))
                    .append(" | `").append(Markdown.escape(report.unit().id())).append('`')
                    .append(" | ").append(report.unit().kind())
                    .append(" | ").append(total)
                    .append(" | ").append(grade == null ? noGrade : grade.in(language))
                    .append(" | ").append(recomputed)
                    .append(" | ").append(index == null ? "—" : language.number(index.evaluatedMax()) + " / " + language.number(index.maxPoints()))
                    .append(" | ").append(differing)
                    .append(" | ").append(index == null ? "—" : String.valueOf(index.notEvaluated().size()))
                    .append(" | ").append(index == null ? "—" : String.valueOf(index.notApplicable().size())).append(" |\n");
        }
        return out.toString();
    }
}
