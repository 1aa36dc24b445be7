package io.github.parsipas.report;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.report.Block.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A batch for people, format-free: the league table, what each lead agency answers for, the city roll-up, what was left out. */
final class BatchDocument {

    private final BatchReport batch;
    private final Language language;
    private final List<Block> blocks = new ArrayList<>();

    private BatchDocument(BatchReport batch, Language language) {
        this.batch = batch;
        this.language = language;
    }

    static List<Block> of(BatchReport batch, Language language) {
        BatchDocument document = new BatchDocument(batch, language);
        document.build();
        return document.blocks;
    }

    private void build() {
        blocks.add(new Block.Heading(1, List.of(raw(label("title") + (batch.period() == null ? "" : " — " + Wording.period(batch.period(), language))))));
        blocks.add(new Block.Paragraph(List.of(raw(label("units") + ": " + batch.units().size() + " · " + label("rejected") + ": " + batch.rejected().size()))));
        league();
        leads();
        rollup();
        rejected();
    }

    /** The indices the table ranks by beside the rank, then the plan's targets, then the other indices. */
    private void league() {
        blocks.add(new Block.Heading(2, List.of(raw(label("league")))));
        List<BatchReport.IndexColumn> first = batch.indices().stream().filter(BatchReport.IndexColumn::ranks).toList();
        List<BatchReport.IndexColumn> after = batch.indices().stream().filter(c -> !c.ranks()).toList();
        List<List<List<Span>>> rows = new ArrayList<>();
        int rank = 0;
        for (BatchReport.UnitRow row : batch.units()) {
            rank++;
            List<List<Span>> cells = new ArrayList<>(List.of(List.of(raw(String.valueOf(rank))),
                    List.of(Span.text(row.name()), raw(" ("), new Span(row.unit(), Span.Style.CODE), raw(")")),
                    List.of(raw(Wording.kind(row.kind(), language))),
                    List.of(raw(Wording.period(row.period(), language)))));
            first.forEach(index -> cells.add(List.of(raw(points(index, row.indices().get(index.code()))))));
            cells.add(List.of(raw(row.targetsMet() + " / " + row.targetsAtRisk() + " / " + row.targetsMissed())));
            after.forEach(index -> cells.add(List.of(raw(points(index, row.indices().get(index.code()))))));
            cells.add(List.of(raw(String.valueOf(row.problems()))));
            cells.add(List.of(raw(movement(row))));
            cells.add(row.top() == null ? List.of(raw("—")) : List.of(new Span(row.top().code(), Span.Style.STRONG), raw(": "), Span.text(row.top().action().in(language))));
            rows.add(cells);
        }
        List<String> headings = new ArrayList<>(List.of("#", label("unit"), label("kind"), label("periodCol")));
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, false, false));
        first.forEach(index -> {
            headings.add(index.label().in(language));
            numeric.add(true);
        });
        headings.add(label("targets"));
        numeric.add(true);
        after.forEach(index -> {
            headings.add(index.label().in(language));
            numeric.add(true);
        });
        headings.addAll(List.of(label("problems"), label("change"), label("first")));
        numeric.addAll(List.of(true, false, false));
        blocks.add(new Block.Table(headings, numeric, rows));
    }

    /** A graded index's total and grade; another's points over what was scored; "—" when the unit has none. */
    private String points(BatchReport.IndexColumn index, BatchReport.IndexPoints points) {
        if (points == null) {
            return "—";
        }
        if (index.graded()) {
            return language.number(points.points()) + " (" + (points.grade() == null ? label("noGrade") : points.grade().in(language)) + ")";
        }
        return language.number(points.points()) + " / " + language.number(points.max());
    }

    /** Each index's change, in the table's order, then the problems'. */
    private String movement(BatchReport.UnitRow row) {
        if (row.movement() == null) {
            return "—";
        }
        StringBuilder text = new StringBuilder();
        for (BatchReport.IndexColumn index : batch.indices()) {
            BatchReport.IndexPoints points = row.indices().get(index.code());
            if (points != null && points.change() != null) {
                text.append(index.code()).append(": ").append(signed(points.change())).append("; ");
            }
        }
        int problems = row.movement().problemsChange();
        return text + (language == Language.VI ? "vấn đề " : "problems ") + (problems > 0 ? "+" : "") + problems;
    }

    private String signed(java.math.BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + language.number(value);
    }

    /** One line per requirement under each lead agency: how many units, which. */
    private void leads() {
        blocks.add(new Block.Heading(2, List.of(raw(label("leads")))));
        Map<String, List<BatchReport.LeadLine>> byLead = new LinkedHashMap<>();
        batch.leads().forEach(line -> byLead.computeIfAbsent(line.lead().code(), k -> new ArrayList<>()).add(line));
        if (byLead.isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(raw(label("none")))));
        }
        byLead.forEach((code, lines) -> {
            blocks.add(new Block.Heading(3, List.of(raw(code + " — "), Span.text(lines.get(0).lead().name().in(language)))));
            blocks.add(new Block.Bullets(lines.stream().map(line -> new Block.Bullets.Item(List.of(
                    raw(line.unitCount() + " " + label("unitsWith") + " — "), new Span(line.code(), Span.Style.STRONG), raw(": "),
                    Span.text(line.title().in(language))), List.of())).toList()));
        });
    }

    private void rollup() {
        blocks.add(new Block.Heading(2, List.of(raw(label("rollup")))));
        blocks.add(new Block.Paragraph(List.of(raw(label("rollupIntro")))));
        List<List<List<Span>>> rows = new ArrayList<>();
        for (BatchReport.RollupRate rate : batch.rollup()) {
            rows.add(List.of(List.of(new Span("$." + rate.path(), Span.Style.CODE)), List.of(raw(String.valueOf(rate.units()))),
                    List.of(raw(language.number(rate.part()) + " / " + language.number(rate.whole()))), List.of(raw(language.number(rate.percent()))),
                    List.of(raw(rate.previousPercent() == null ? "—" : language.number(rate.previousPercent()))),
                    List.of(raw(language.number(rate.yearToDatePercent()))),
                    List.of(raw(rate.cityPercent() == null ? "—" : language.number(rate.cityPercent()))),
                    List.of(raw(rate.difference() == null ? "—" : signed(rate.difference())))));
        }
        blocks.add(new Block.Table(List.of(label("path"), label("ofUnits"), label("partWhole"), label("rate"), label("previousRate"),
                label("yearToDate"), label("city"), label("difference")), List.of(false, true, true, true, true, true, true, true), rows));
    }

    private void rejected() {
        blocks.add(new Block.Heading(2, List.of(raw(label("rejected") + " (" + batch.rejected().size() + ")"))));
        if (batch.rejected().isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(raw(label("none")))));
            return;
        }
        blocks.add(new Block.Table(List.of(label("where"), label("why")), List.of(false, false), batch.rejected().stream()
                .map(r -> List.of(List.of(new Span(r.where(), Span.Style.CODE)), List.of(Span.text(r.why(language))))).toList()));
    }

    private static Span raw(String text) {
        return Span.raw(text);
    }

    private String label(String key) {
        return Messages.get("batch." + key, language);
    }
}
