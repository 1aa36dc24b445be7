package io.github.parsipas.report;

import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Language;
import io.github.parsipas.report.Block.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A report for people, as blocks any format writes: a summary, the indices, one row per problem ranked by what
 * to do first, the tasks and reports to follow, and an appendix of missing data, sources, values not yet
 * official and trace information. Provisional values carry †. Every finding stays in the JSON.
 */
final class ReportDocument {

    static final String MARK = " †";
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
            Map.entry("overdue", new String[]{"quá hạn", "overdue"}),
            Map.entry("dueSoon", new String[]{"sắp đến hạn", "due soon"}),
            Map.entry("doneLate", new String[]{"hoàn thành trễ", "done late"}),
            Map.entry("overdueSince", new String[]{"Quá hạn từ", "Overdue since"}),
            Map.entry("seeTasks", new String[]{"xem mục Nhiệm vụ và báo cáo", "see Tasks and reports"}),
            Map.entry("missingLine", new String[]{"{n} tiêu chí chưa đánh giá được do thiếu số liệu", "criteria not evaluated for lack of data: {n}"}),
            Map.entry("absentLine", new String[]{"tệp số liệu không có {n} mục ({m} tiêu chí không chấm)", "sections not in the snapshot: {n} (criteria not scored: {m})"}),
            Map.entry("absentIntro", new String[]{"Tệp số liệu không có các mục sau nên {n} tiêu chí đọc các mục này không được chấm:",
                    "These sections are not in the snapshot, so the criteria that read them are not scored ({n}):"}),
            Map.entry("seeAppendix", new String[]{"xem Phụ lục.", "see the appendix."}),
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
            Map.entry("proposeOnly", new String[]{"Đơn vị đề xuất, Thành phố quyết định: ", "The unit proposes, the city decides: "}),
            Map.entry("short", new String[]{"còn thiếu", "short by"}),
            Map.entry("with", new String[]{"phối hợp", "with"}),
            Map.entry("up", new String[]{"tăng từ", "up from"}),
            Map.entry("down", new String[]{"giảm từ", "down from"}),
            Map.entry("unchanged", new String[]{"không đổi so với", "unchanged from"}),
            Map.entry("perDay", new String[]{"/ngày đến hạn", " a day until due"}),
            Map.entry("dataNeeded", new String[]{"Số liệu cần bổ sung", "Data needed"}),
            Map.entry("sourcesTitle", new String[]{"Căn cứ và giá trị chưa chính thức", "Sources and values not yet official"}),
            Map.entry("notOfficial", new String[]{"Chưa chính thức (†)", "Not yet official (†)"}),
            Map.entry("library", new String[]{"phần mềm", "library"}),
            Map.entry("rulesetHash", new String[]{"mã băm SHA-256 của bộ quy tắc", "rule set SHA-256"}),
            Map.entry("methods", new String[]{"phương pháp áp dụng", "methods applied"}),
            Map.entry("notEvaluatedNo", new String[]{" — không chấm: tệp số liệu không có ", " — not evaluated: no "}),
            Map.entry("noMethodFor", new String[]{" — không chấm: chưa có phương pháp chính thức áp dụng cho năm ",
                    " — not evaluated: no method version governs "}),
            Map.entry("inputHash", new String[]{"mã băm SHA-256 của số liệu đầu vào", "input SHA-256"}),
            Map.entry("surveyFull", new String[]{"điều tra xã hội học", "survey"}),
            Map.entry("question", new String[]{"Câu hỏi", "Question"}),
            Map.entry("policyGroup", new String[]{"Nhóm chính sách", "Policy group"}),
            Map.entry("within", new String[]{"Thuộc", "Part of"}),
            Map.entry("satisfied", new String[]{"Tỷ lệ hài lòng (%)", "Satisfied (%)"}),
            Map.entry("respondents", new String[]{"Số người trả lời", "Respondents"}),
            Map.entry("byLead", new String[]{"Số vấn đề theo cơ quan chủ trì", "Problems by lead agency"}));

    private final Report report;
    private final Language language;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(Report report, Language language) {
        this.report = report;
        this.language = language;
    }

    static List<Block> of(Report report, Language language) {
        return new ReportDocument(report, language).build();
    }

    private List<Block> build() {
        heading(1, raw(label("title") + " — "), text(report.unit().name()));
        blocks.add(new Block.Paragraph(List.of(raw(label("unit") + ": "), text(report.unit().name()), raw(" ("), text(report.unit().id()),
                raw(", " + Wording.kind(report.unit().kind(), language) + ") · " + label("period") + ": " + Wording.period(report.period(), language)
                        + " · " + label("asOf") + ": " + language.date(report.asOf())))));
        if (report.notes() != null) {
            report.notes().forEach(note -> blocks.add(new Block.Quote(List.of(text(note.in(language))))));
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
        heading(2, raw(label("appendix")));
        missingData();
        sources();
        receipt();
        return List.copyOf(blocks);
    }

    /** Half a page: the headline index, what to do first, what is due, what is missing. */
    private void summary() {
        heading(2, raw(label("summary")));
        List<Block.Bullets.Item> items = new ArrayList<>();
        report.indices().forEach(index -> items.add(item(text(index.name().in(language)), raw(": " + number(index.points()) + " / "
                + number(index.maxPoints()) + (index.grade() == null ? " (" + label("ungraded") + ")" : " — " + index.grade().in(language))
                + mark(!index.unconfirmed().isEmpty())))));
        ParForecast f = report.forecast();
        if (f != null && f.sufficient()) {
            items.add(item(raw(label("forecast") + ": " + number(f.percent()) + "%" + (f.group() == null ? "" : " — " + f.group().in(language))
                    + mark(!f.unconfirmed().isEmpty()))));
        }
        List<Problem> first = actionable().stream().limit(5).toList();
        if (!first.isEmpty()) {
            List<List<Span>> numbered = new ArrayList<>();
            for (Problem p : first) {
                List<Span> line = new ArrayList<>(List.of(raw(p.rank() + ". "), text(p.title().in(language) + (p.observed() == null ? "" : ": " + p.observed().in(language))),
                        raw((wonBack(p).isEmpty() ? "" : " — " + label("recoverable") + ": " + wonBack(p))
                                + (p.due() == null ? "" : "; " + label("due").toLowerCase(Locale.ROOT) + " " + language.date(p.due()))
                                + "; " + label("lead").toLowerCase(Locale.ROOT) + " " + p.lead().code() + ". ")));
                line.addAll(action(p));
                numbered.add(line);
            }
            items.add(new Block.Bullets.Item(List.of(raw(label("doFirst") + ":")), numbered));
        }
        dueLine().ifPresent(items::add);
        Map<Boolean, List<Finding>> cannotEvaluate = cannotEvaluateBySectionSent();
        List<String> missing = new ArrayList<>();
        if (!cannotEvaluate.get(true).isEmpty()) {
            missing.add(label("missingLine").replace("{n}", language.number(cannotEvaluate.get(true).size())));
        }
        if (report.absentSections() != null) {
            missing.add(label("absentLine").replace("{n}", language.number(report.absentSections().size()))
                    .replace("{m}", language.number(cannotEvaluate.get(false).size())));
        }
        if (!missing.isEmpty()) {
            String line = String.join("; ", missing);
            items.add(item(raw(Character.toUpperCase(line.charAt(0)) + line.substring(1) + ": " + label("seeAppendix"))));
        }
        blocks.add(new Block.Bullets(items));
    }

    /**
     * Tasks and reports in one line — how many overdue, due soon, done late — with the open ones under it,
     * the nearest deadline first: what an officer must send or finish this month.
     */
    private Optional<Block.Bullets.Item> dueLine() {
        List<Problem> tasks = deadlines();
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> open = tasks.stream().filter(p -> p.due() != null && p.misses().stream().anyMatch(m -> m.kind() == FindingKind.WARNING))
                .sorted(java.util.Comparator.comparing(Problem::due).thenComparing(Problem::rank)).toList();
        long overdue = open.stream().filter(p -> p.due().isBefore(report.asOf())).count();
        long doneLate = tasks.stream().filter(p -> p.misses().stream().allMatch(m -> m.kind() == FindingKind.NOTE)).count();
        List<String> counts = new ArrayList<>();
        if (overdue > 0) {
            counts.add(language.number(overdue) + " " + label("overdue"));
        }
        if (open.size() > overdue) {
            counts.add(language.number(open.size() - overdue) + " " + label("dueSoon"));
        }
        if (doneLate > 0) {
            counts.add(language.number(doneLate) + " " + label("doneLate"));
        }
        List<List<Span>> lines = open.stream().map(p -> List.of(raw(p.rank() + ". "
                + (p.due().isBefore(report.asOf()) ? label("overdueSince") : label("due")) + " " + language.date(p.due()) + ": "), content(p).get(0),
                raw(" (" + p.lead().code() + ")"))).toList();
        return Optional.of(new Block.Bullets.Item(List.of(raw(label("tasks") + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)) + " — "
                + label("seeTasks"))), lines));
    }

    private void areas() {
        if (report.areas().isEmpty()) {
            return;
        }
        heading(2, raw(label(report.areas().stream().allMatch(AreaScore::official) ? "areas" : "contribution")));
        List<List<List<Span>>> rows = new ArrayList<>();
        List<Block.Chart.Bar> bars = new ArrayList<>();
        for (AreaScore area : report.areas()) {
            rows.add(List.of(List.of(raw(area.area() + ". "), text(area.name().in(language))),
                    List.of(raw(number(area.points()) + mark(!area.unconfirmed().isEmpty())
                            + (area.surveyPoints() == null ? "" : " (" + label("survey") + " " + number(area.surveyPoints()) + ")"))),
                    List.of(raw(number(area.evaluatedMax()))), List.of(raw(number(area.maxPoints()))),
                    List.of(raw(area.lead() == null ? "" : area.lead().code() + basis(area.leadBasis()))),
                    List.of(raw(String.join(", ", area.notEvaluated().stream().map(c -> c.equals("survey") ? label("surveyFull") : c).toList())))));
            bars.add(new Block.Chart.Bar(area.area() + ". " + area.name().in(language), area.points(), area.maxPoints(), !area.unconfirmed().isEmpty()));
        }
        blocks.add(new Block.Chart(label(report.areas().stream().allMatch(AreaScore::official) ? "areas" : "contribution"), bars));
        blocks.add(new Block.Table(List.of(label("area"), label("points"), label("scoredMax"), label("areaMax"), label("lead"), label("notScored")),
                List.of(false, true, true, true, false, false), rows));
    }

    private void forecast() {
        ParForecast f = report.forecast();
        if (f == null) {
            return;
        }
        heading(2, raw(label("forecast") + (f.methodVersion() == null ? "" : " (" + f.methodVersion() + ")")));
        List<Block.Bullets.Item> items = new ArrayList<>();
        items.add(item(raw(label("total") + ": " + number(f.points()) + " / " + number(f.evaluatedMax()) + " " + label("scored")
                + " (" + label("indexMax") + " " + number(f.maxPoints()) + ")")));
        if (!f.sufficient()) {
            // Too little scored for a percentage to mean anything: points only, and why.
            items.add(item(raw(label("tooFew") + mark(true))));
        } else {
            items.add(item(raw(label("projected") + ": " + number(f.percent()) + "%" + (f.group() == null ? "" : " — " + f.group().in(language))
                    + mark(!f.unconfirmed().isEmpty()))));
        }
        if (f.declaredPercent() != null) {
            items.add(item(raw(label("declared") + ": " + number(f.declaredPercent()) + "%")));
        }
        if (f.sufficient() && f.gapToTop10Low() != null) {
            // The cut-offs are the forecast's own parameters: percent − gap.
            items.add(item(raw(label("gap") + ": " + signed(f.gapToTop10Low()) + " / " + signed(f.gapToTop10High()) + " "
                    + label("points").toLowerCase(Locale.ROOT) + " (" + number(f.percent().subtract(f.gapToTop10Low())) + "% / "
                    + number(f.percent().subtract(f.gapToTop10High())) + "%)")));
        }
        blocks.add(new Block.Bullets(items));
    }

    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    private void indices() {
        for (IndexScore index : report.indices()) {
            heading(2, text(index.name().in(language)), raw(": " + number(index.points()) + " / " + number(index.maxPoints())
                    + (index.grade() == null ? "" : " — " + index.grade().in(language)) + mark(!index.unconfirmed().isEmpty())));
            List<List<List<Span>>> rows = new ArrayList<>();
            List<Block.Chart.Bar> bars = new ArrayList<>();
            for (IndexScore.GroupScore group : index.groups()) {
                rows.add(List.of(List.of(text(group.name().in(language))), List.of(raw(number(group.points()))), List.of(raw(number(group.evaluatedMax()))),
                        List.of(raw(number(group.maxPoints()) + mark(!"confirmed".equals(group.maxBasis()))))));
                bars.add(new Block.Chart.Bar(group.name().in(language), group.points(), group.maxPoints(), !index.unconfirmed().isEmpty()));
            }
            blocks.add(new Block.Chart(index.name().in(language), bars));
            blocks.add(new Block.Table(List.of(label("group"), label("points"), label("scoredMax"), label("groupMax")), List.of(false, true, true, true), rows));
            if (!index.notEvaluated().isEmpty()) {
                blocks.add(new Block.Paragraph(List.of(raw(label("notScored") + ": " + String.join(", ", index.notEvaluated())))));
            }
            surveyFigures(index);
        }
    }

    /** One row per question and policy group, under the element or part it belongs to. */
    private void surveyFigures(IndexScore index) {
        if (index.figures().isEmpty()) {
            return;
        }
        Map<String, String> within = new java.util.HashMap<>();
        index.groups().forEach(g -> within.put(g.code(), g.name().in(language)));
        index.figures().stream().filter(f -> "group".equals(f.level())).forEach(f -> within.put(f.code(), f.name() == null ? f.code() : f.name()));
        String policy = within.getOrDefault("policy", "policy");
        List<List<List<Span>>> rows = new ArrayList<>();
        for (SurveyFigure figure : index.figures()) {
            boolean group = "group".equals(figure.level());
            List<Span> what = new ArrayList<>(List.of(new Span(figure.code(), Span.Style.STRONG)));
            if (figure.name() != null) {
                what.add(raw(" — "));
                what.add(text(figure.name()));
            }
            rows.add(List.of(group ? prefixed(label("policyGroup") + ": ", what) : what,
                    List.of(text(group ? policy : within.getOrDefault(figure.within(), figure.within()))),
                    List.of(raw(number(figure.percent()))),
                    List.of(raw(language.number(figure.respondents())))));
        }
        blocks.add(new Block.Table(List.of(label("question"), label("within"), label("satisfied"), label("respondents")),
                List.of(false, false, true, true), rows));
    }

    private static List<Span> prefixed(String prefix, List<Span> spans) {
        List<Span> all = new ArrayList<>(List.of(raw(prefix)));
        all.addAll(spans);
        return all;
    }

    /** One row per problem, what to do first at the top. */
    private void problems() {
        List<Problem> problems = actionable();
        heading(2, raw(label("problems") + " (" + problems.size() + ")"));
        if (problems.isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(raw(label("none")))));
            return;
        }
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Problem p : problems) {
            // A published score that differs is told in full: both numbers are the finding.
            Span result = text(p.path() != null && p.path().startsWith("$.reported[") ? p.message().in(language)
                    : p.observed() == null ? "" : p.observed().in(language));
            rows.add(List.of(List.of(raw(String.valueOf(p.rank()))), content(p), List.of(result, raw(mark(p.provisional()) + gap(p) + trend(p))), misses(p),
                    List.of(raw(wonBack(p))),
                    List.of(raw(p.due() == null ? "" : language.date(p.due()))), List.of(raw(leads(p))), action(p)));
        }
        blocks.add(new Block.Table(List.of("#", label("content"), label("result"), label("misses"), label("recoverableCol"), label("due"), label("lead"),
                label("action")), List.of(true, false, false, false, true, false, false, false), rows));
        Map<String, Long> byLead = new java.util.TreeMap<>();
        problems.forEach(p -> byLead.merge(p.lead().code(), 1L, Long::sum));
        blocks.add(new Block.Chart(label("byLead"), byLead.entrySet().stream().map(e -> new Block.Chart.Bar(e.getKey(), BigDecimal.valueOf(e.getValue()),
                BigDecimal.valueOf(problems.size()), false)).toList()));
    }

    /** Tasks, reports, deliverables and documents: overdue, due soon, done late. */
    private void tasks() {
        List<Problem> tasks = deadlines();
        if (tasks.isEmpty()) {
            return;
        }
        heading(2, raw(label("tasks") + " (" + tasks.size() + ")"));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Problem p : tasks) {
            rows.add(List.of(List.of(raw(String.valueOf(p.rank()))), content(p), List.of(text(p.message().in(language)), raw(mark(p.provisional()))),
                    misses(p), List.of(raw(leads(p))), action(p)));
        }
        blocks.add(new Block.Table(List.of("#", label("content"), label("status"), label("misses"), label("lead"), label("action")),
                List.of(true, false, false, false, false, false), rows));
    }

    /** What could not be evaluated for lack of data: one table, with the sections the snapshot does not have in a sentence. */
    private void missingData() {
        Map<Boolean, List<Finding>> cannotEvaluate = cannotEvaluateBySectionSent();
        List<Finding> missing = cannotEvaluate.get(true);
        heading(3, raw(label("missing") + " (" + missing.size() + ")"));
        if (missing.isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(raw(label("none")))));
        } else {
            blocks.add(new Block.Paragraph(List.of(raw(label("missingIntro")))));
            blocks.add(new Block.Table(List.of(label("criterion"), label("content"), label("dataNeeded")), List.of(false, false, false),
                    missing.stream().map(f -> List.of(List.of(text(f.code())), List.of(text(f.title().in(language))),
                            List.of(new Span(f.evidence().path(), Span.Style.CODE)))).toList()));
        }
        if (report.absentSections() != null) {
            List<Span> sentence = new ArrayList<>(List.of(raw(label("absentIntro").replace("{n}", String.valueOf(cannotEvaluate.get(false).size())) + " ")));
            List<String> sections = report.absentSections();
            for (int i = 0; i < sections.size(); i++) {
                sentence.add(new Span(sections.get(i), Span.Style.CODE));
                sentence.add(raw(i == sections.size() - 1 ? "." : ", "));
            }
            blocks.add(new Block.Paragraph(sentence));
        }
    }

    /**
     * Cannot-evaluate findings by whether the snapshot has their top section: {@code true} for data missing
     * inside a section it sent, {@code false} for a section it did not send at all ({@link Report#absentSections()}).
     */
    private Map<Boolean, List<Finding>> cannotEvaluateBySectionSent() {
        List<String> absent = report.absentSections() == null ? List.of() : report.absentSections();
        return report.findings(FindingKind.CANNOT_EVALUATE).stream().collect(java.util.stream.Collectors.partitioningBy(
                f -> !absent.contains("$." + io.github.parsipas.snapshot.Snapshot.topSection(f.evidence().path()))));
    }

    /** Each problem's legal source, and the values behind it that are not yet official, in words. */
    private void sources() {
        heading(3, raw(label("sourcesTitle")));
        blocks.add(new Block.Paragraph(List.of(raw(label("legend")))));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Problem p : report.problems()) {
            List<String> unconfirmed = p.findings().stream().flatMap(i -> report.findings().get(i).unconfirmed().stream()).distinct().toList();
            rows.add(List.of(List.of(raw(String.valueOf(p.rank()))), List.of(text(p.source().describe())), List.of(text(Wording.unconfirmed(unconfirmed, language)))));
        }
        blocks.add(new Block.Table(List.of("#", label("source"), label("notOfficial")), List.of(true, false, false), rows));
    }

    private void receipt() {
        Receipt r = report.receipt();
        heading(3, raw(label("receipt")));
        blocks.add(new Block.Bullets(List.of(
                item(raw(label("library") + ": " + r.library() + " " + r.version())),
                item(raw(label("rulesetHash") + ": "), new Span(r.rulesetSha256(), Span.Style.CODE)),
                item(raw(label("methods") + ": "), text(String.join("; ", r.methodologies().stream()
                        .map(m -> m.replace(" — not evaluated: no method version governs ", label("noMethodFor"))
                                .replace(" — not evaluated: no ", label("notEvaluatedNo"))).toList()))),
                item(raw(label("inputHash") + ": "), new Span(r.inputSha256(), Span.Style.CODE)),
                item(raw(label("asOf") + ": " + language.date(r.asOf()))))));
    }

    /**
     * The points closing a problem wins back: per index when it was evaluated again with its gap closed
     * ({@code PAR 0,95; 766 2,1}), else the points its deductions can recover.
     */
    private String wonBack(Problem p) {
        if (p.wonBack() != null && !p.wonBack().isEmpty()) {
            return String.join("; ", p.wonBack().entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue())).toList());
        }
        return p.pointsRecoverable() == null ? "" : number(p.pointsRecoverable());
    }

    /** How far from the threshold, and the pace needed by the deadline: {@code ; còn thiếu 18.900, ≈ 310/ngày}. */
    private String gap(Problem p) {
        if (p.gap() == null) {
            return "";
        }
        long days = p.due() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(report.asOf(), p.due());
        // A pace under one a day says nothing an officer can use.
        String pace = days > 0 && p.gap() >= days ? ", ≈ " + language.number((p.gap() + days - 1) / days) + label("perDay") : "";
        return "; " + label("short") + " " + language.number(p.gap()) + pace;
    }

    /** Where the rate was at the previous observation: {@code ; tăng từ 38,50% (30/09/2025)}. */
    private String trend(Problem p) {
        if (p.earlier() == null) {
            return "";
        }
        int direction = p.earlier().change().signum();
        String word = label(direction > 0 ? "up" : direction < 0 ? "down" : "unchanged");
        return "; " + word + " " + language.number(p.earlier().percent()) + "% (" + language.date(p.earlier().asOf()) + ")";
    }

    /** The lead, and who works with it: {@code STC (phối hợp: SNV)}. */
    private String leads(Problem p) {
        return p.lead().code() + (p.coordinating().isEmpty() ? ""
                : " (" + label("with") + ": " + String.join(", ", p.coordinating().stream().map(Agency::code).toList()) + ")");
    }

    /** What to do; when the unit can only propose it, said first. */
    private List<Span> action(Problem p) {
        return p.proposeOnly() ? List.of(raw(label("proposeOnly")), text(p.action().in(language))) : List.of(text(p.action().in(language)));
    }

    /** A problem's title, with its field or group when it has one. */
    private List<Span> content(Problem p) {
        return List.of(text(p.title().in(language) + (p.scope().equals("all") ? "" : " (" + scopeName(p) + ")")));
    }

    /** The codes a problem misses: a criterion with the points it costs, a target with what it requires. */
    private List<Span> misses(Problem p) {
        boolean dated = deadline(p);
        List<Span> spans = new ArrayList<>();
        for (Problem.Miss m : p.misses()) {
            String required = m.required() == null ? "" : m.required().in(language);
            // A criterion shows what it costs; a target its threshold or deadline; a 2024 weakness its code alone.
            String detail = m.pointsLost() != null
                    ? "−" + number(m.pointsLost()) + " " + pointsWord(m.pointsLost()) + (estimated(m.code()) ? " (" + label("lostEstimate") + ")" : "")
                    : dated || required.startsWith("≥") || required.startsWith("≤") ? required : "";
            if (!spans.isEmpty()) {
                spans.add(raw("; "));
            }
            spans.add(new Span(m.code(), Span.Style.STRONG));
            if (!detail.isEmpty()) {
                spans.add(text(" " + detail));
            }
        }
        return spans;
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
        return report.problems().stream().filter(ReportDocument::deadline).toList();
    }

    /** A problem on a dated list: a task, report, deliverable or document with its deadline. */
    private static boolean deadline(Problem p) {
        return p.path() != null && java.util.stream.Stream.of("$.tasks", "$.reports", "$.deliverables", "$.legalDocuments")
                .anyMatch(list -> p.path().equals(list) || p.path().startsWith(list + "["));
    }

    private void heading(int level, Span... text) {
        blocks.add(new Block.Heading(level, List.of(text)));
    }

    private static Block.Bullets.Item item(Span... text) {
        return new Block.Bullets.Item(List.of(text), List.of());
    }

    private static Span text(String text) {
        return Span.text(text);
    }

    private static Span raw(String text) {
        return Span.raw(text);
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
}
