package io.github.parsipas.report;

import io.github.parsipas.methodology.Language;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A report for people: a summary, the indices, one row per problem ranked by what to do first, the tasks and
 * reports to follow, and an appendix of missing data, values not yet official and trace information.
 * Provisional values carry †. Every finding stays in the JSON.
 */
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
            Map.entry("lostEstimate", new String[]{"ước tính theo tiêu chí cấp tỉnh", "an estimate by the provincial criterion"}),
            Map.entry("recoverable", new String[]{"có thể lấy lại", "recoverable"}),
            Map.entry("pointsWord", new String[]{"điểm", "points"}),
            Map.entry("source", new String[]{"Căn cứ", "Source"}),
            Map.entry("due", new String[]{"Hạn", "Due"}),
            Map.entry("none", new String[]{"Không có.", "None."}),
            Map.entry("legend", new String[]{"† dựa trên giá trị tạm tính hoặc suy luận, chưa phải số liệu chính thức; có thể thay bằng giá trị chính thức trong gói phương pháp.",
                    "† rests on a provisional or inferred value, not an official one; replaceable in the methodology pack."}),
            Map.entry("receipt", new String[]{"Thông tin truy vết", "Trace information"}),
            Map.entry("summary", new String[]{"Tóm tắt", "Summary"}),
            Map.entry("ungraded", new String[]{"chưa đủ chỉ tiêu để xếp loại", "not enough indicators to grade"}),
            Map.entry("doFirst", new String[]{"Việc cần làm trước", "Do first"}),
            Map.entry("tasksLine", new String[]{"{n} nhiệm vụ, báo cáo cần theo dõi: xem mục Nhiệm vụ và báo cáo.", "{n} tasks and reports to follow up: see Tasks and reports."}),
            Map.entry("missingLine", new String[]{"{n} tiêu chí chưa đánh giá được do thiếu số liệu: xem Phụ lục.", "{n} criteria could not be evaluated for lack of data: see the appendix."}),
            Map.entry("problems", new String[]{"Các vấn đề cần xử lý", "Problems to address"}),
            Map.entry("content", new String[]{"Nội dung", "What"}),
            Map.entry("result", new String[]{"Kết quả", "Result"}),
            Map.entry("misses", new String[]{"Chưa đạt", "Misses"}),
            Map.entry("recoverableCol", new String[]{"Điểm có thể lấy lại", "Points recoverable"}),
            Map.entry("action", new String[]{"Việc cần làm", "Action"}),
            Map.entry("status", new String[]{"Tình trạng", "Status"}),
            Map.entry("tasks", new String[]{"Nhiệm vụ và báo cáo", "Tasks and reports"}),
            Map.entry("appendix", new String[]{"Phụ lục", "Appendix"}),
            Map.entry("missing", new String[]{"Số liệu còn thiếu", "Missing data"}),
            Map.entry("missingIntro", new String[]{"Các tiêu chí áp dụng cho đơn vị nhưng chưa có số liệu để đánh giá (không phải đạt hay không đạt); tiêu chí không áp dụng cho loại đơn vị này không được liệt kê.",
                    "Criteria asked of the unit whose data is missing (neither met nor missed); criteria not asked of this kind of unit are not listed."}),
            Map.entry("criterion", new String[]{"Tiêu chí", "Criterion"}),
            Map.entry("dataNeeded", new String[]{"Số liệu cần bổ sung", "Data needed"}),
            Map.entry("sourcesTitle", new String[]{"Căn cứ và giá trị chưa chính thức", "Sources and values not yet official"}),
            Map.entry("notOfficial", new String[]{"Chưa chính thức (†)", "Not yet official (†)"}),
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
        summary();
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
        problems();
        tasks();
        line("");
        line("## " + label("appendix"));
        missingData();
        sources();
        receipt();
        return out.toString();
    }

    /** Half a page: the headline index, what to do first, what is due, what is missing. */
    private void summary() {
        line("");
        line("## " + label("summary"));
        line("");
        report.indices().forEach(index -> line("- " + esc(index.name().in(language)) + ": " + number(index.points()) + " / "
                + number(index.maxPoints()) + (index.grade() == null ? " (" + label("ungraded") + ")" : " — " + index.grade().in(language))
                + mark(!index.unconfirmed().isEmpty())));
        ParForecast f = report.forecast();
        if (f != null && f.sufficient()) {
            line("- " + label("forecast") + ": " + number(f.percent()) + "%" + (f.group() == null ? "" : " — " + f.group().in(language))
                    + mark(!f.unconfirmed().isEmpty()));
        }
        List<Problem> first = actionable().stream().limit(5).toList();
        if (!first.isEmpty()) {
            line("- " + label("doFirst") + ":");
            for (Problem p : first) {
                line("  " + p.rank() + ". " + esc(p.title().in(language)) + (p.observed() == null ? "" : ": " + esc(p.observed().in(language)))
                        + (p.pointsRecoverable() == null ? "" : " — " + label("recoverable") + " " + number(p.pointsRecoverable()) + " " + pointsWord(p.pointsRecoverable()))
                        + (p.due() == null ? "" : "; " + label("due").toLowerCase(java.util.Locale.ROOT) + " " + language.date(p.due()))
                        + "; " + label("lead").toLowerCase(java.util.Locale.ROOT) + " " + p.lead().code() + ". " + esc(p.action().in(language)));
            }
        }
        List<Problem> tasks = deadlines();
        if (!tasks.isEmpty()) {
            line("- " + label("tasksLine").replace("{n}", String.valueOf(tasks.size())));
        }
        long missing = report.findings(FindingKind.CANNOT_EVALUATE).size();
        if (missing > 0) {
            line("- " + label("missingLine").replace("{n}", String.valueOf(missing)));
        }
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

    /** One row per problem, what to do first at the top. */
    private void problems() {
        List<Problem> problems = actionable();
        line("");
        line("## " + label("problems") + " (" + problems.size() + ")");
        line("");
        if (problems.isEmpty()) {
            line(label("none"));
            return;
        }
        line("| # | " + label("content") + " | " + label("result") + " | " + label("misses") + " | " + label("recoverableCol") + " | "
                + label("due") + " | " + label("lead") + " | " + label("action") + " |");
        line("|---:|---|---|---|---:|---|---|---|");
        for (Problem p : problems) {
            line("| " + p.rank() + " | " + esc(p.title().in(language)) + (p.scope().equals("all") ? "" : " (" + esc(scopeName(p)) + ")")
                    + " | " + (p.observed() == null ? "" : esc(p.observed().in(language))) + mark(p.provisional())
                    + " | " + misses(p) + " | " + (p.pointsRecoverable() == null ? "" : number(p.pointsRecoverable()))
                    + " | " + (p.due() == null ? "" : language.date(p.due())) + " | " + p.lead().code()
                    + " | " + esc(p.action().in(language)) + " |");
        }
    }

    /** Tasks, reports, deliverables and documents: overdue, due soon, done late. */
    private void tasks() {
        List<Problem> tasks = deadlines();
        if (tasks.isEmpty()) {
            return;
        }
        line("");
        line("## " + label("tasks") + " (" + tasks.size() + ")");
        line("");
        line("| # | " + label("content") + " | " + label("status") + " | " + label("misses") + " | " + label("lead") + " | " + label("action") + " |");
        line("|---:|---|---|---|---|---|");
        for (Problem p : tasks) {
            line("| " + p.rank() + " | " + esc(p.title().in(language)) + (p.scope().equals("all") ? "" : " (" + esc(scopeName(p)) + ")")
                    + " | " + esc(p.message().in(language)) + mark(p.provisional())
                    + " | " + misses(p) + " | " + p.lead().code() + " | " + esc(p.action().in(language)) + " |");
        }
    }

    /** What could not be evaluated for lack of data: one table. */
    private void missingData() {
        List<Finding> missing = report.findings(FindingKind.CANNOT_EVALUATE);
        line("");
        line("### " + label("missing") + " (" + missing.size() + ")");
        line("");
        if (missing.isEmpty()) {
            line(label("none"));
            return;
        }
        line(label("missingIntro"));
        line("");
        line("| " + label("criterion") + " | " + label("content") + " | " + label("dataNeeded") + " |");
        line("|---|---|---|");
        missing.forEach(f -> line("| " + esc(f.code()) + " | " + esc(f.title().in(language)) + " | `" + f.evidence().path() + "` |"));
    }

    /** Each problem's legal source, and the values behind it that are not yet official, in words. */
    private void sources() {
        line("");
        line("### " + label("sourcesTitle"));
        line("");
        line(label("legend"));
        line("");
        line("| # | " + label("source") + " | " + label("notOfficial") + " |");
        line("|---:|---|---|");
        for (Problem p : report.problems()) {
            List<String> unconfirmed = p.findings().stream().flatMap(i -> report.findings().get(i).unconfirmed().stream()).distinct().toList();
            line("| " + p.rank() + " | " + esc(p.source().describe()) + " | " + esc(Wording.unconfirmed(unconfirmed, language)) + " |");
        }
    }

    /** The codes a problem misses: a criterion with the points it costs, a target with what it requires. */
    private String misses(Problem p) {
        boolean dated = deadline(p);
        return String.join("; ", p.misses().stream().map(m -> {
            String required = m.required() == null ? "" : m.required().in(language);
            // A criterion shows what it costs; a target its threshold or deadline; a 2024 weakness its code alone.
            String detail = m.pointsLost() != null ? "−" + number(m.pointsLost()) + " " + pointsWord(m.pointsLost()) + (estimated(m.code()) ? " (" + label("lostEstimate") + ")" : "")
                    : dated || required.startsWith("≥") || required.startsWith("≤") ? required : "";
            return "**" + esc(m.code()) + "**" + (detail.isEmpty() ? "" : " " + esc(detail));
        }).toList());
    }

    /** True for a criterion of an area the method does not score for this unit: its points are an estimate. */
    private boolean estimated(String code) {
        java.util.Set<Integer> estimates = new java.util.HashSet<>();
        report.areas().stream().filter(a -> !a.official()).forEach(a -> estimates.add(a.area()));
        return report.criteria().stream().anyMatch(c -> c.code().equals(code) && c.area() != null && estimates.contains(c.area()));
    }

    /** A field's or group's name, or a report's period in words. */
    private String scopeName(Problem p) {
        return p.scopeName() != null ? p.scopeName().in(language) : Wording.period(p.scope(), language);
    }

    private List<Problem> actionable() {
        return report.problems().stream().filter(p -> !deadline(p)).toList();
    }

    private List<Problem> deadlines() {
        return report.problems().stream().filter(MarkdownReport::deadline).toList();
    }

    /** A problem on a dated list: a task, report, deliverable or document with its deadline. */
    private static boolean deadline(Problem p) {
        return p.path() != null && java.util.stream.Stream.of("$.tasks", "$.reports", "$.deliverables", "$.legalDocuments")
                .anyMatch(list -> p.path().equals(list) || p.path().startsWith(list + "["));
    }

    private void receipt() {
        Receipt r = report.receipt();
        line("");
        line("### " + label("receipt"));
        line("");
        line("- " + label("library") + ": " + r.library() + " " + r.version());
        line("- " + label("rulesetHash") + ": `" + r.rulesetSha256() + "`");
        line("- " + label("methods") + ": " + esc(String.join("; ", r.methodologies().stream()
                .map(m -> m.replace(" — not evaluated: no ", label("notEvaluatedNo"))).toList())));
        line("- " + label("inputHash") + ": `" + r.inputSha256() + "`");
        line("- " + label("asOf") + ": " + language.date(r.asOf()));
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

    /** {@code điểm}; in English {@code point} for one, {@code points} otherwise. */
    private String pointsWord(BigDecimal points) {
        return language == Language.EN && points.compareTo(BigDecimal.ONE) == 0 ? "point" : label("pointsWord");
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
