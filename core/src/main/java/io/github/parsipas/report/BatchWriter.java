package io.github.parsipas.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parsipas.text.Language;

import java.util.ArrayList;
import java.util.List;

/** Writes a batch as JSON (schema {@value BatchReport#SCHEMA}), its league table as CSV, or the whole as Markdown or HTML. */
public final class BatchWriter {

    private static final CsvMapper CSV = new CsvMapper();
    private static final List<String> FIRST = List.of("rank", "unit", "name", "kind", "period");
    private static final List<String> LAST = List.of("targetsMet", "targetsAtRisk", "targetsMissed", "problems", "deductions", "warnings",
            "cannotEvaluate", "topCode", "topLead", "problemsChange");

    private BatchWriter() {
    }

    public static String json(BatchReport batch) {
        return ReportWriter.json(batch);
    }

    /**
     * The league table, a row per unit (RFC 4180); texts in {@code language}; a unit name cannot start a spreadsheet
     * formula. Each index of the table has four columns, {@code <code>.points}, {@code .max}, {@code .grade} and
     * {@code .change}, in the table's order.
     */
    public static String csv(BatchReport batch, Language language) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setQuoteChar('"');
        FIRST.forEach(schema::addColumn);
        batch.indices().forEach(index -> List.of("points", "max", "grade", "change").forEach(part -> schema.addColumn(index.code() + "." + part)));
        LAST.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (BatchReport.UnitRow row : batch.units()) {
            rank++;
            List<String> cells = new ArrayList<>(List.of(String.valueOf(rank), row.unit(), neutral(row.name()), row.kind(), row.period()));
            for (BatchReport.IndexColumn index : batch.indices()) {
                BatchReport.IndexPoints points = row.indices().get(index.code());
                cells.addAll(points == null ? List.of("", "", "", "") : List.of(plain(points.points()), plain(points.max()),
                        points.grade() == null ? "" : points.grade().in(language), plain(points.change())));
            }
            cells.addAll(List.of(String.valueOf(row.targetsMet()), String.valueOf(row.targetsAtRisk()), String.valueOf(row.targetsMissed()),
                    String.valueOf(row.problems()), String.valueOf(row.deductions()), String.valueOf(row.warnings()), String.valueOf(row.cannotEvaluate()),
                    row.top() == null ? "" : row.top().code(), row.top() == null || row.top().lead() == null ? "" : row.top().lead(),
                    row.movement() == null ? "" : String.valueOf(row.movement().problemsChange())));
            rows.add(cells);
        }
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the league table as CSV", e);
        }
    }

    public static String markdown(BatchReport batch, Language language) {
        return MarkdownReport.render(BatchDocument.of(batch, language));
    }

    /** One self-contained HTML page, as for a single report. */
    public static String html(BatchReport batch, Language language) {
        return HtmlReport.render(BatchDocument.of(batch, language), language);
    }

    private static String plain(java.math.BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }

    /** A name a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP's CSV injection advice). */
    private static String neutral(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
