package io.github.parsipas.report;

import io.github.parsipas.methodology.Text;

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

    /** A table for people. */
    public String markdown(io.github.parsipas.methodology.Language language) {
        StringBuilder text = new StringBuilder("| criterion | " + versionA + " | " + versionB + " | Δ |\n|---|---:|---:|---:|\n");
        for (Row row : rows) {
            text.append("| ").append(row.code()).append(" ").append(row.name().in(language)).append(" | ")
                    .append(plain(row.pointsA())).append(" | ").append(plain(row.pointsB())).append(" | ")
                    .append(row.difference() == null ? "" : (row.difference().signum() > 0 ? "+" : "") + plain(row.difference())).append(" |\n");
        }
        text.append("| total | ").append(plain(totalA)).append(" | ").append(plain(totalB)).append(" | ")
                .append(plain(totalB.subtract(totalA))).append(" |\n");
        return text.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
