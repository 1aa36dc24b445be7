package io.github.parsipas.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.parsipas.text.Language;

import java.util.List;

/** Writes a report as JSON (schema {@value Report#SCHEMA}), or as Markdown or HTML in one language; several units as one table. */
public final class ReportWriter {

    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // Blackbird only makes writing faster. On the module path its module neither reads ours nor exports the
        // interfaces its generated accessors implement, so there plain reflection writes the same bytes.
        if (!ReportWriter.class.getModule().isNamed()) {
            builder.addModule(new com.fasterxml.jackson.module.blackbird.BlackbirdModule());
        }
        return builder.build();
    }

    private ReportWriter() {
    }

    public static String json(Report report) {
        return json((Object) report);
    }

    /**
     * The same JSON, written as UTF-8 straight to {@code out} (left open): a service or a batch writing many reports
     * makes no string of each (a ward's report is 200 KB; as a Java string with Vietnamese text, twice that, copied).
     */
    public static void json(Report report, java.io.OutputStream out) throws java.io.IOException {
        JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, report);
        out.write('\n');
    }

    /** Any of the report records (a batch, a comparison) as JSON, written alike. */
    static String json(Object report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report as JSON", e);
        }
    }

    public static String markdown(Report report, Language language) {
        return MarkdownReport.render(ReportDocument.of(report, language));
    }

    /** One self-contained HTML page (inline CSS and SVG, no script, nothing fetched), printable. */
    public static String html(Report report, Language language) {
        return HtmlReport.render(ReportDocument.of(report, language), language);
    }

    /** A Markdown table of several units' reports, one row each, on index {@code indexCode} (e.g. {@code 766}). */
    public static String unitsTable(List<Report> reports, String indexCode, Language language) {
        return UnitsTable.render(reports, indexCode, language);
    }
}
