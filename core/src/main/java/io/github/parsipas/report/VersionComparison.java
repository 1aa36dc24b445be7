package io.github.parsipas.report;

import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;

/**
 * One snapshot evaluated under two versions of the official method, criterion by criterion.
 *
 * @param rows every criterion scored under either version; a {@code null} side was not scored there
 */
public record VersionComparison(String versionA, String versionB, BigDecimal totalA, BigDecimal totalB, List<Row> rows) {

    public VersionComparison {
        rows = List.copyOf(rows);
    }

    /** A criterion's points under each version and the difference (B − A). */
    public record Row(String code, Text name, BigDecimal pointsA, BigDecimal pointsB, BigDecimal difference) {
    }

    /** A table for people, in {@code language}'s words and number format; names from packs are escaped. */
    public String markdown(io.github.parsipas.text.Language language) {
        boolean vi = language == io.github.parsipas.text.Language.VI;
        StringBuilder text = new StringBuilder("| " + (vi ? "tiêu chí" : "criterion") + " | " + versionA + " | " + versionB + " | Δ |\n|---|---:|---:|---:|\n");
        for (Row row : rows) {
            text.append("| ").append(row.code()).append(" ").append(Markdown.escape(row.name().in(language))).append(" | ")
                    .append(plain(row.pointsA(), language)).append(" | ").append(plain(row.pointsB(), language)).append(" | ")
                    .append(row.difference() == null ? "" : (row.difference().signum() > 0 ? "+" : "") + plain(row.difference(), language)).append(" |\n");
        }
        text.append("| ").append(vi ? "tổng" : "total").append(" | ").append(plain(totalA, language)).append(" | ").append(plain(totalB, language))
                .append(" | ").append(plain(totalB.subtract(totalA), language)).append(" |\n");
        return text.toString();
    }

    private static String plain(BigDecimal value, io.github.parsipas.text.Language language) {
        return value == null ? "—" : language.number(value.stripTrailingZeros());
    }
}
