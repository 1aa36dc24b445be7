package io.github.parsipas.report;

import io.github.parsipas.text.Language;

import java.util.List;

/**
 * Several units' reports side by side, one row per unit: each index's points (of the maximum evaluated), its
 * grade, how many published scores differ from the computed ones and how many of its indicators could not be scored.
 */
final class UnitsTable {

    private UnitsTable() {
    }

    static String render(List<Report> reports, String indexCode, Language language) {
        boolean vi = language == Language.VI;
        StringBuilder out = new StringBuilder();
        out.append(vi ? "| Đơn vị | Mã | Loại | Điểm | Đã chấm trên | Xếp loại | Lệch so với điểm công bố | Chỉ tiêu chưa chấm |\n"
                : "| Unit | Id | Kind | Points | Evaluated of | Grade | Differs from published | Indicators not scored |\n");
        out.append("|---|---|---|---:|---:|---|---:|---:|\n");
        for (Report report : reports) {
            IndexScore index = report.indices().stream().filter(i -> i.code().equals(indexCode)).findFirst().orElse(null);
            long differing = report.findings().stream()
                    .filter(f -> f.kind() == FindingKind.WARNING && f.evidence() != null && f.evidence().path().startsWith("$.reported[")).count();
            out.append("| ").append(Markdown.escape(report.unit().name()))
                    .append(" | `").append(Markdown.escape(report.unit().id())).append('`')
                    .append(" | ").append(report.unit().kind())
                    .append(" | ").append(index == null ? "—" : language.number(index.points()))
                    .append(" | ").append(index == null ? "—" : language.number(index.evaluatedMax()) + " / " + language.number(index.maxPoints()))
                    .append(" | ").append(index == null || index.grade() == null ? (vi ? "chưa đủ để xếp loại" : "not enough to grade") : index.grade().in(language))
                    .append(" | ").append(differing)
                    .append(" | ").append(index == null ? "—" : String.valueOf(index.notEvaluated().size())).append(" |\n");
        }
        return out.toString();
    }
}
