package io.github.parsipas.report;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;
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
    private final Report report;
    private final Language language;
    private final ProblemCells cells;
    private final List<Block> blocks = new ArrayList<>();

    private ReportDocument(Report report, Language language) {
        this.report = report;
        this.language = language;
        this.cells = new ProblemCells(report, language);
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
        report.indices().forEach(index -> items.add(item(text(index.name().in(language)), raw(index.published() != null ? ": " + publishedHeadline(index)
                : ": " + number(index.points()) + " / " + number(index.maxPoints())
                + (index.grade() == null ? " (" + label("ungraded") + ")" : " — " + index.grade().in(language)) + mark(!index.unconfirmed().isEmpty())))));
        ParForecast f = report.forecast();
        if (f != null && f.made()) {
            items.add(item(text(f.title().in(language)), raw(": " + number(f.percent()) + "%" + (f.group() == null ? "" : " — " + f.group().in(language))
                    + mark(!f.unconfirmed().isEmpty()))));
        }
        List<Problem> first = actionable().stream().limit(5).toList();
        if (!first.isEmpty()) {
            List<List<Span>> numbered = new ArrayList<>();
            for (Problem p : first) {
                List<Span> line = new ArrayList<>(List.of(raw(p.rank() + ". "), text(p.title().in(language) + (p.observed() == null ? "" : ": " + p.observed().in(language))),
                        raw((cells.wonBack(p).isEmpty() ? "" : " — " + label("recoverable") + ": " + cells.wonBack(p))
                                + (p.due() == null ? "" : "; " + label("due").toLowerCase(Locale.ROOT) + " " + cells.due(p))
                                + "; " + label("lead").toLowerCase(Locale.ROOT) + " " + cells.lead(p) + ". ")));
                line.addAll(cells.action(p));
                numbered.add(line);
            }
            items.add(new Block.Bullets.Item(List.of(raw(label("doFirst") + ":")), numbered));
        }
        dueLine().ifPresent(items::add);
        Map<Boolean, List<Finding>> cannotEvaluate = cannotEvaluateBySectionSent();
        List<String> missing = new ArrayList<>();
        if (!cannotEvaluate.get(true).isEmpty()) {
            missing.add(Messages.format("report.missingLine", Map.of("n", Arg.count(cannotEvaluate.get(true).size())), language));
        }
        if (report.absentSections() != null) {
            missing.add(Messages.format("report.absentLine", Map.of("n", Arg.count(report.absentSections().size()),
                    "m", Arg.count(cannotEvaluate.get(false).size())), language));
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
                + (p.due().isBefore(report.asOf()) ? label("overdueSince") : label("due")) + " " + language.date(p.due()) + ": "), cells.content(p).get(0),
                raw(" (" + p.lead().code() + ")"))).toList();
        return Optional.of(new Block.Bullets.Item(List.of(raw(label("tasks") + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)) + " — "
                + label("seeTasks"))), lines));
    }

    private void areas() {
        if (report.areas().isEmpty()) {
            return;
        }
        Text title = report.areas().stream().allMatch(AreaScore::official) ? report.areaIndex().title() : report.areaIndex().contributionTitle();
        heading(2, text(title.in(language)));
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
        blocks.add(new Block.Chart(title.in(language), bars));
        blocks.add(new Block.Table(List.of(label("area"), label("points"), label("scoredMax"), label("areaMax"), label("lead"), label("notScored")),
                List.of(false, true, true, true, false, false), rows));
    }

    private void forecast() {
        ParForecast f = report.forecast();
        if (f == null) {
            return;
        }
        heading(2, text(f.title().in(language)), raw(f.methodVersion() == null ? "" : " (" + f.methodVersion() + ")"));
        List<Block.Bullets.Item> items = new ArrayList<>();
        items.add(item(raw(label("total") + ": " + number(f.points()) + " / " + number(f.evaluatedMax()) + " " + label("scored")
                + " (" + label("indexMax") + " " + number(f.maxPoints()) + ")")));
        if (!f.yearToDate()) {
            // A yearly index is not forecast from one period's counts: the period's points, and where its shortfalls are.
            items.add(item(raw(label("needsYear") + mark(true))));
        } else if (!f.sufficient()) {
            // Too little scored for a percentage to mean anything: points only, and why.
            items.add(item(raw(label("tooFew") + mark(true))));
        } else {
            items.add(item(raw(label("projected") + ": " + number(f.percent()) + "%" + (f.group() == null ? "" : " — " + f.group().in(language))
                    + mark(!f.unconfirmed().isEmpty()))));
        }
        if (f.declaredPercent() != null) {
            items.add(item(text(f.declaredLabel().in(language)), raw(": " + number(f.declaredPercent()) + "%")));
        }
        if (!f.behindDifference().isEmpty()) {
            items.add(item(raw(Messages.format("report.behindDifference", Map.of("difference", Arg.verbatim(number(f.percent().subtract(f.declaredPercent()).abs())),
                    "criteria", Arg.verbatim(String.join(", ", f.behindDifference().stream().map(this::lost).toList()))), language))));
        }
        if (f.made() && f.gapToTop10Low() != null) {
            // The cut-offs are the forecast's own parameters: percent − gap.
            items.add(item(text(f.gapLabel().in(language)), raw(": " + signed(f.gapToTop10Low()) + " / " + signed(f.gapToTop10High()) + " "
                    + label("points").toLowerCase(Locale.ROOT) + " (" + number(f.percent().subtract(f.gapToTop10Low())) + "% / "
                    + number(f.percent().subtract(f.gapToTop10High())) + "%)")));
        }
        blocks.add(new Block.Bullets(items));
    }

    /** A criterion and the points it loses: {@code PAR-3.3 (−1,5)}. */
    private String lost(String code) {
        return report.criteria().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> code + " (−" + number(c.maxPoints().subtract(c.points())) + ")").orElse(code);
    }

    private String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + number(value);
    }

    /**
     * The official figure first: the published total and its grade, or, when not every group is published, no total;
     * then our recomputation, a total only when it is over every criterion.
     */
    private String publishedHeadline(IndexScore index) {
        IndexScore.Published p = index.published();
        String official = p.points() == null
                ? Messages.format("report.publishedPartial", Map.of("n", Arg.count(p.groups().stream().filter(g -> g.published() != null).count()),
                        "m", Arg.count(p.groups().size())), language)
                : number(p.points()) + " / " + number(index.maxPoints()) + " " + label("publishedMark")
                        + (p.grade() == null ? "" : " — " + p.grade().in(language) + mark(!"confirmed".equals(p.gradeBasis())));
        String ours = p.recomputed() != null ? number(p.recomputed())
                : Messages.format("report.recomputedPartial", Map.of("points", Arg.verbatim(number(index.points())),
                        "max", Arg.verbatim(number(index.evaluatedMax()))), language);
        return official + "; " + label("recomputed") + ": " + ours;
    }

    /** The published groups beside ours, the indicators a unit of this kind is not scored on, and the portal's data-quality flags. */
    private void published(IndexScore index) {
        IndexScore.Published p = index.published();
        heading(2, text(index.name().in(language)), raw(": " + publishedHeadline(index)));
        List<List<List<Span>>> rows = new ArrayList<>();
        List<Block.Chart.Bar> bars = new ArrayList<>();
        for (IndexScore.PublishedGroup g : p.groups()) {
            rows.add(List.of(List.of(text(g.name().in(language))), List.of(raw(g.published() == null ? "—" : number(g.published()))),
                    List.of(raw(g.recomputed() == null ? "—" : number(g.recomputed()))),
                    List.of(raw(g.published() == null || g.recomputed() == null ? "" : signed(g.recomputed().subtract(g.published())))),
                    List.of(raw(number(g.maxPoints()))), List.of(raw(label("published." + g.status())))));
            bars.add(new Block.Chart.Bar(g.name().in(language), g.published() == null ? BigDecimal.ZERO : g.published(), g.maxPoints(), false));
        }
        blocks.add(new Block.Chart(index.name().in(language), bars));
        blocks.add(new Block.Table(List.of(label("group"), label("publishedCol"), label("recomputedCol"), label("differenceCol"), label("groupMax"),
                label("statusCol")), List.of(false, true, true, true, true, false), rows));
        if (!index.notApplicable().isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(raw(Messages.format("report.notAsked", Map.of("kind", Arg.verbatim(Wording.kind(report.unit().kind(), language))),
                    language) + ": " + String.join(", ", index.notApplicable()) + "."))));
        }
        if (!index.notEvaluated().isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(raw(label("notScored") + ": " + String.join(", ", index.notEvaluated())))));
        }
        if (!p.flags().isEmpty()) {
            List<Block.Bullets.Item> flags = new ArrayList<>();
            for (IndexScore.Flag f : p.flags()) {
                List<Span> line = new ArrayList<>(List.of(new Span(f.criterion(), Span.Style.STRONG), raw(" "), text(f.name().in(language)), raw(": "),
                        new Span(f.status(), Span.Style.CODE)));
                if (f.message() != null) {
                    line.add(raw(" — "));
                    line.add(text(f.message()));
                }
                flags.add(new Block.Bullets.Item(line, List.of()));
            }
            blocks.add(new Block.Paragraph(List.of(raw(label("flags") + ":"))));
            blocks.add(new Block.Bullets(flags));
        }
    }

    private void indices() {
        for (IndexScore index : report.indices()) {
            if (index.published() != null) {
                published(index);
                continue;
            }
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
            if (!index.notApplicable().isEmpty()) {
                blocks.add(new Block.Paragraph(List.of(raw(Messages.format("report.notAsked", Map.of("kind", Arg.verbatim(Wording.kind(report.unit().kind(), language))),
                        language) + ": " + String.join(", ", index.notApplicable()) + "."))));
            }
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
            rows.add(List.of(List.of(raw(String.valueOf(p.rank()))), cells.content(p), List.of(result, raw(mark(p.provisional()) + cells.gap(p) + cells.trend(p))), cells.misses(p),
                    List.of(raw(cells.wonBack(p))),
                    List.of(raw(cells.due(p))), List.of(raw(cells.leads(p))), cells.action(p)));
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
            rows.add(List.of(List.of(raw(String.valueOf(p.rank()))), cells.content(p), List.of(text(p.message().in(language)), raw(mark(p.provisional()))),
                    cells.misses(p), List.of(raw(cells.leads(p))), cells.action(p)));
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
            List<Span> sentence = new ArrayList<>(List.of(raw(Messages.format("report.absentIntro", Map.of("n", Arg.count(cannotEvaluate.get(false).size())), language) + " ")));
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
            List<Unconfirmed> unconfirmed = p.findings().stream().flatMap(i -> report.findings().get(i).unconfirmed().stream()).distinct().toList();
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
                item(raw(label("methods") + ": "), text(String.join("; ", r.packs().stream().map(this::packUse).toList()))),
                item(raw(label("inputHash") + ": "), new Span(r.inputSha256() == null ? "—" : r.inputSha256(), Span.Style.CODE)), // none: counts changed in code
                item(raw(label("asOf") + ": " + language.date(r.asOf()))))));
    }

    /** A pack as the evaluation used it: {@code index-766@2026.1 — không chấm: tệp số liệu không có $.service766}. */
    private String packUse(Receipt.PackUse use) {
        String head = use.label();
        return switch (use.status()) {
            case EVALUATED -> head;
            case NO_SECTION -> head + label("notEvaluatedNo") + "$." + use.section();
            case NO_VERSION -> head + label("noMethodFor") + use.year();
        };
    }

    private List<Problem> actionable() {
        return report.problems().stream().filter(p -> !ProblemCells.deadline(p)).toList();
    }

    private List<Problem> deadlines() {
        return report.problems().stream().filter(ProblemCells::deadline).toList();
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
        return Wording.number(value, language);
    }

    /** A lead mapping that the source does not state is shown as such. */
    private String basis(io.github.parsipas.methodology.Status status) {
        return status == io.github.parsipas.methodology.Status.CONFIRMED ? "" : " [" + status.label(language) + "]";
    }

    private static String mark(boolean provisional) {
        return provisional ? MARK : "";
    }

    private String label(String key) {
        return Messages.get("report." + key, language);
    }
}
