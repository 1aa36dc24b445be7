package io.github.parsipas.report;

import io.github.parsipas.methodology.Language;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A report for people: what is lost, what is at risk, what to do first, and the receipt. Provisional values carry †. */
final class MarkdownReport {

    private static final String MARK = " †";
    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("title", new String[]{"Báo cáo đánh giá CCHC", "Administrative reform evaluation"}),
            Map.entry("unit", new String[]{"Đơn vị", "Unit"}),
            Map.entry("period", new String[]{"Kỳ", "Period"}),
            Map.entry("asOf", new String[]{"Ngày đánh giá", "As of"}),
            Map.entry("areas", new String[]{"Điểm PAR Index theo lĩnh vực", "PAR Index points by area"}),
            Map.entry("contribution", new String[]{"Ước tính đóng góp vào Chỉ số PAR Index của Thành phố, theo lĩnh vực",
                    "Estimated contribution to the city's PAR Index, by area"}),
            Map.entry("area", new String[]{"Lĩnh vực", "Area"}),
            Map.entry("points", new String[]{"Điểm", "Points"}),
            Map.entry("scoredMax", new String[]{"Tối đa đã chấm", "Max scored"}),
            Map.entry("areaMax", new String[]{"Tối đa lĩnh vực", "Area max"}),
            Map.entry("survey", new String[]{"điều tra XHH", "survey"}),
            Map.entry("forecast", new String[]{"Dự báo Chỉ số PAR Index (KH 109, III.2)", "PAR Index forecast (plan III.2)"}),
            Map.entry("total", new String[]{"Tổng điểm", "Total"}),
            Map.entry("scored", new String[]{"điểm đã chấm", "points scored"}),
            Map.entry("indexMax", new String[]{"tối đa", "of"}),
            Map.entry("projected", new String[]{"Tỷ lệ dự báo", "Projected"}),
            Map.entry("tooFew", new String[]{"Chưa đủ điểm đã chấm để tính tỷ lệ và xếp nhóm", "Too few points scored for a percentage and a group"}),
            Map.entry("declared", new String[]{"Tỷ lệ dự báo do đơn vị báo cáo (mục tiêu top 10 được đánh giá theo tỷ lệ này)",
                    "Projection the unit reports (the top-10 goal is judged on it)"}),
            Map.entry("gap", new String[]{"Khoảng cách đến ngưỡng top 10 năm 2024", "Distance to the 2024 top-10 cut-off"}),
            Map.entry("group", new String[]{"Nhóm", "Group"}),
            Map.entry("groupMax", new String[]{"Tối đa nhóm", "Group max"}),
            Map.entry("lead", new String[]{"Chủ trì", "Lead"}),
            Map.entry("notScored", new String[]{"Chưa chấm", "Not scored"}),
            Map.entry("deduction", new String[]{"Bị trừ điểm", "Deductions"}),
            Map.entry("warning", new String[]{"Cảnh báo", "Warnings"}),
            Map.entry("recommendation", new String[]{"Khuyến nghị (ưu tiên theo điểm có thể lấy lại)", "Recommendations (by points recoverable)"}),
            Map.entry("note", new String[]{"Ghi nhận", "Notes"}),
            Map.entry("cannot-evaluate", new String[]{"Không thể đánh giá", "Cannot evaluate"}),
            Map.entry("lost", new String[]{"mất", "lost"}),
            Map.entry("lostEstimate", new String[]{"ước tính mất (theo tiêu chí cấp tỉnh)", "estimated loss (provincial criterion)"}),
            Map.entry("recoverable", new String[]{"có thể lấy lại", "recoverable"}),
            Map.entry("pointsWord", new String[]{"điểm", "points"}),
            Map.entry("evidence", new String[]{"Bằng chứng", "Evidence"}),
            Map.entry("required", new String[]{"yêu cầu", "required"}),
            Map.entry("source", new String[]{"Căn cứ", "Source"}),
            Map.entry("actor", new String[]{"Đơn vị thực hiện", "Acting unit"}),
            Map.entry("due", new String[]{"Hạn", "Due"}),
            Map.entry("none", new String[]{"Không có.", "None."}),
            Map.entry("inferred", new String[]{"suy luận", "inferred"}),
            Map.entry("provisional", new String[]{"tạm tính", "provisional"}),
            Map.entry("unconfirmed", new String[]{"chưa chính thức", "not official"}),
            Map.entry("legend", new String[]{"† dựa trên giá trị tạm tính hoặc suy luận, chưa phải số liệu chính thức; có thể thay bằng giá trị chính thức trong gói phương pháp.",
                    "† rests on a provisional or inferred value, not an official one; replaceable in the methodology pack."}),
            Map.entry("receipt", new String[]{"Thông tin truy vết", "Trace information"}),
            Map.entry("library", new String[]{"phần mềm", "library"}),
            Map.entry("rulesetHash", new String[]{"mã băm SHA-256 của bộ quy tắc", "rule set SHA-256"}),
            Map.entry("methods", new String[]{"phương pháp áp dụng", "methods applied"}),
            Map.entry("notEvaluatedNo", new String[]{" — không chấm: tệp số liệu không có ", " — not evaluated: no "}),
            Map.entry("inputHash", new String[]{"mã băm SHA-256 của số liệu đầu vào", "input SHA-256"}),
            Map.entry("surveyFull", new String[]{"điều tra xã hội học", "survey"}));

    private final Report report;
    private final Language language;
    private final StringBuilder out = new StringBuilder();

    MarkdownReport(Report report, Language language) {
        this.report = report;
        this.language = language;
    }

    String render() {
        line("# " + label("title") + " — " + esc(report.unit().name()));
        line("");
        line(label("unit") + ": " + esc(report.unit().name()) + " (" + esc(report.unit().id()) + ", " + Wording.kind(report.unit().kind(), language) + ") · "
                + label("period") + ": " + Wording.period(report.period(), language) + " · " + label("asOf") + ": " + language.date(report.asOf()));
        if (report.notes() != null) {
            report.notes().forEach(note -> {
                line("");
                line("> " + esc(note.in(language)));
            });
        }
        // For a unit the PAR method does not score, its official index (766) comes first; the areas are an estimate.
        boolean estimate = report.areas().stream().anyMatch(a -> !a.official());
        if (estimate) {
            indices();
        }
        areas();
        forecast();
        if (!estimate) {
            indices();
        }
        for (FindingKind kind : FindingKind.values()) {
            findings(kind, report.findings(kind));
        }
        receipt();
        line("");
        line(label("legend"));
        return out.toString();
    }

    private void areas() {
        if (report.areas().isEmpty()) {
            return;
        }
        line("");
        line("## " + label(report.areas().stream().allMatch(AreaScore::official) ? "areas" : "contribution"));
        line("");
        line("| " + label("area") + " | " + label("points") + " | " + label("scoredMax") + " | " + label("areaMax") + " | "
                + label("lead") + " | " + label("notScored") + " |");
        line("|---|---:|---:|---:|---|---|");
        for (AreaScore area : report.areas()) {
            line("| " + area.area() + ". " + esc(area.name().in(language)) + " | " + number(area.points()) + mark(!area.unconfirmed().isEmpty())
                    + (area.surveyPoints() == null ? "" : " (" + label("survey") + " " + number(area.surveyPoints()) + ")")
                    + " | " + number(area.evaluatedMax()) + " | " + number(area.maxPoints())
                    + " | " + (area.lead() == null ? "" : area.lead().code() + basis(area.leadBasis())) + " | "
                    + String.join(", ", area.notEvaluated().stream().map(c -> c.equals("survey") ? label("surveyFull") : c).toList()) + " |");
        }
    }

    private void forecast() {
        ParForecast f = report.forecast();
        if (f == null) {
            return;
        }
        line("");
        line("## " + label("forecast") + (f.methodVersion() == null ? "" : " (" + f.methodVersion() + ")"));
        line("");
        line("- " + label("total") + ": " + number(f.points()) + " / " + number(f.evaluatedMax()) + " " + label("scored")
                + " (" + label("indexMax") + " " + number(f.maxPoints()) + ")");
        if (!f.sufficient()) {
            // Too little scored for a percentage to mean anything: points only, and why.
            line("- " + label("tooFew") + mark(true));
        } else {
            line("- " + label("projected") + ": " + number(f.percent()) + "%" + (f.group() == null ? "" : " — " + f.group().in(language))
                    + mark(!f.unconfirmed().isEmpty()));
        }
        if (f.declaredPercent() != null) {
            line("- " + label("declared") + ": " + number(f.declaredPercent()) + "%");
        }
        if (f.sufficient() && f.gapToTop10Low() != null) {
            // The cut-offs are the forecast's own parameters: percent − gap.
            line("- " + label("gap") + ": " + signed(f.gapToTop10Low()) + " / " + signed(f.gapToTop10High()) + " "
                    + label("points").toLowerCase(java.util.Locale.ROOT) + " (" + number(f.percent().subtract(f.gapToTop10Low())) + "% / "
                    + number(f.percent().subtract(f.gapToTop10High())) + "%)");
        }
    }

    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    private void indices() {
        for (IndexScore index : report.indices()) {
            line("");
            line("## " + esc(index.name().in(language)) + ": " + number(index.points()) + " / " + number(index.maxPoints())
                    + (index.grade() == null ? "" : " — " + index.grade().in(language))
                    + mark(!index.unconfirmed().isEmpty()));
            line("");
            line("| " + label("group") + " | " + label("points") + " | " + label("scoredMax") + " | " + label("groupMax") + " |");
            line("|---|---:|---:|---:|");
            for (IndexScore.GroupScore group : index.groups()) {
                line("| " + esc(group.name().in(language)) + " | " + number(group.points()) + " | " + number(group.evaluatedMax())
                        + " | " + number(group.maxPoints()) + mark(!"confirmed".equals(group.maxBasis())) + " |");
            }
            if (!index.notEvaluated().isEmpty()) {
                line("");
                line(label("notScored") + ": " + String.join(", ", index.notEvaluated()));
            }
        }
    }

    private void findings(FindingKind kind, List<Finding> findings) {
        line("");
        line("## " + label(kind.code()) + " (" + findings.size() + ")");
        line("");
        if (findings.isEmpty()) {
            line(label("none"));
            return;
        }
        int n = 1;
        for (Finding f : findings) {
            StringBuilder head = new StringBuilder(n++ + ". **" + esc(f.code()) + "** " + esc(f.title().in(language)));
            if (f.pointsLost() != null) {
                head.append(" — ").append(label(estimated(f) ? "lostEstimate" : "lost")).append(" ").append(number(f.pointsLost()))
                        .append(" ").append(label("pointsWord"));
            } else if (f.pointsRecoverable() != null && f.pointsRecoverable().signum() > 0) {
                head.append(" — ").append(label("recoverable")).append(" ").append(number(f.pointsRecoverable())).append(" ").append(label("pointsWord"));
            }
            line(head + mark(f.isProvisional()));
            line("   " + esc(f.message().in(language)));
            if (kind != FindingKind.RECOMMENDATION) {
                line("   → " + esc(f.action().in(language)));
            }
            if (f.evidence() != null && kind != FindingKind.RECOMMENDATION) {
                String required = esc(f.evidence().required().in(language));
                line("   " + label("evidence") + ": `" + f.evidence().path() + "` " + esc(f.evidence().observed().in(language))
                        + (required.isEmpty() ? "" : "; " + label("required") + " " + required));
            }
            line("   " + label("source") + ": " + esc(f.citation().describe()) + " · " + label("lead") + ": " + esc(f.lead().name().in(language))
                    + " (" + f.lead().code() + ")" + basis(f.leadBasis()) + " · " + label("actor") + ": " + esc(f.responsibleUnit())
                    + (f.due() == null ? "" : " · " + label("due") + ": " + language.date(f.due())));
            if (f.isProvisional()) {
                line("   † " + label("unconfirmed") + " — " + esc(Wording.unconfirmed(f.unconfirmed(), language)));
            }
        }
    }

    private void receipt() {
        Receipt r = report.receipt();
        line("");
        line("## " + label("receipt"));
        line("");
        line("- " + label("library") + ": " + r.library() + " " + r.version());
        line("- " + label("rulesetHash") + ": `" + r.rulesetSha256() + "`");
        line("- " + label("methods") + ": " + esc(String.join("; ", r.methodologies().stream()
                .map(m -> m.replace(" — not evaluated: no ", label("notEvaluatedNo"))).toList())));
        line("- " + label("inputHash") + ": `" + r.inputSha256() + "`");
        line("- " + label("asOf") + ": " + language.date(r.asOf()));
    }

    /** True for a finding on a criterion of an area the method does not score for this unit: its points are an estimate. */
    private boolean estimated(Finding f) {
        java.util.Set<Integer> estimates = new java.util.HashSet<>();
        report.areas().stream().filter(a -> !a.official()).forEach(a -> estimates.add(a.area()));
        return report.criteria().stream().anyMatch(c -> c.code().equals(f.code()) && c.area() != null && estimates.contains(c.area()));
    }

    /** Every text that comes from the input or a pack is escaped: it shows as written, never as Markdown. */
    private static String esc(String text) {
        return Markdown.escape(text);
    }

    private String number(BigDecimal value) {
        return language.number(value.stripTrailingZeros());
    }

    /** A lead mapping that the source does not state is shown as such. */
    private String basis(io.github.parsipas.methodology.Status status) {
        return status == io.github.parsipas.methodology.Status.CONFIRMED ? "" : " [" + status.label(language) + "]";
    }

    private static String mark(boolean provisional) {
        return provisional ? MARK : "";
    }

    private String label(String key) {
        return LABELS.get(key)[language.ordinal()];
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
