package io.github.parsipas.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.parsipas.methodology.Language;

import java.util.ArrayList;
import java.util.List;

/** Writes a batch as JSON (schema {@value BatchReport#SCHEMA}), its league table as CSV, or the whole as Markdown or HTML. */
public final class BatchWriter {

    private static final CsvMapper CSV = new CsvMapper();
    private static final List<String> COLUMNS = List.of("rank", "unit", "name", "kind", "period", "index766", "grade766", "targetsMet",
            "targetsAtRisk", "targetsMissed", "parPoints", "parScoredMax", "problems", "deductions", "warnings", "cannotEvaluate",
            "topCode", "topLead", "index766Change", "problemsChange");

    private BatchWriter() {
    }

    public static String json(BatchReport batch) {
        return ReportWriter.json(batch);
    }

    /** The league table, a row per unit (RFC 4180); texts in {@code language}; a unit name cannot start a spreadsheet formula. */
    public static String csv(BatchReport batch, Language language) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setQuoteChar('"');
        COLUMNS.forEach(schema::addColumn);
        List<List<String>> rows = new ArrayList<>();
        int rank = 0;
        for (BatchReport.UnitRow row : batch.units()) {
            rank++;
            rows.add(List.of(String.valueOf(rank), row.unit(), neutral(row.name()), row.kind(), row.period(), plain(row.index766()),
                    row.grade766() == null ? "" : row.grade766().in(language), String.valueOf(row.targetsMet()), String.valueOf(row.targetsAtRisk()),
                    String.valueOf(row.targetsMissed()), plain(row.parPoints()), plain(row.parScoredMax()), String.valueOf(row.problems()),
                    String.valueOf(row.deductions()), String.valueOf(row.warnings()), String.valueOf(row.cannotEvaluate()),
                    row.top() == null ? "" : row.top().code(), row.top() == null || row.top().lead() == null ? "" : row.top().lead(),
                    row.movement() == null ? "" : plain(row.movement().index766Change()),
                    row.movement() == null ? "" : String.valueOf(row.movement().problemsChange())));
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
