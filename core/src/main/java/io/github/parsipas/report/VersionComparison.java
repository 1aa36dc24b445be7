package io.github.parsipas.report;

import io.github.parsipas.methodology.Status;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One snapshot evaluated under two versions of the official method, criterion by criterion: its points, what it
 * required and what of it is not confirmed, under each.
 *
 * @param rows every criterion scored under either version; a {@code null} side was not scored there
 */
public record VersionComparison(String versionA, String versionB, BigDecimal totalA, BigDecimal totalB, List<Row> rows) {

    public VersionComparison {
        rows = List.copyOf(rows);
    }

    /**
     * A criterion under each version ({@code null}: not scored under it): points and their difference (B − A), its
     * evidence (what it required) and what was not confirmed.
     */
    public record Row(String code, Text name, @Nullable BigDecimal pointsA, @Nullable BigDecimal pointsB, @Nullable BigDecimal difference,
                      @Nullable Evidence evidenceA, @Nullable Evidence evidenceB, @Nullable List<Unconfirmed> unconfirmedA, @Nullable List<Unconfirmed> unconfirmedB) {

        public Row {
            unconfirmedA = unconfirmedA == null ? null : List.copyOf(unconfirmedA);
            unconfirmedB = unconfirmedB == null ? null : List.copyOf(unconfirmedB);
        }

        /** True when the criterion's points, what it requires, or how sure its values are differ between the versions. */
        public boolean changed() {
            return pointsA == null || pointsB == null || difference.signum() != 0 || requirementChanged() || !unconfirmedA.equals(unconfirmedB);
        }

        private boolean requirementChanged() {
            return evidenceA != null && evidenceB != null && !Objects.equals(evidenceA.threshold(), evidenceB.threshold());
        }

        /** True when version B scores it with a value confirmed for an earlier version only (carried over, not confirmed for B). */
        public boolean carriedOver() {
            return unconfirmedB != null && unconfirmedB.stream().anyMatch(u -> u.status() == Status.CARRIED_OVER);
        }
    }

    /** The criteria that change between the versions, in points, requirement or status. */
    public List<Row> changed() {
        return rows.stream().filter(Row::changed).toList();
    }

    /** The criteria version B scores on values carried over from an earlier version, not confirmed for B. */
    public List<Row> carriedOver() {
        return rows.stream().filter(Row::carriedOver).toList();
    }

    /**
     * A table for people, in {@code language}'s words and number format (names from packs escaped): every criterion,
     * with what it requires and what is not confirmed under each version where they differ; then which criteria
     * change and how many are carried over unconfirmed.
     */
    public String markdown(Language language) {
        StringBuilder text = new StringBuilder("| " + label("criterion", language) + " | " + versionA + " | " + versionB + " | Δ | "
                + label("required", language) + " | " + label("unconfirmed", language) + " |\n|---|---:|---:|---:|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.code()).append(" ").append(Markdown.escape(row.name().in(language))).append(" | ")
                    .append(plain(row.pointsA(), language)).append(" | ").append(plain(row.pointsB(), language)).append(" | ")
                    .append(row.difference() == null ? "" : (row.difference().signum() > 0 ? "+" : "") + plain(row.difference(), language))
                    .append(" | ").append(row.requirementChanged() ? Markdown.escape(row.evidenceA().required().in(language) + " → "
                            + row.evidenceB().required().in(language)) : "")
                    .append(" | ").append(row.unconfirmedA() != null && row.unconfirmedB() != null && !row.unconfirmedA().equals(row.unconfirmedB())
                            ? Markdown.escape(words(row.unconfirmedA(), language) + " → " + words(row.unconfirmedB(), language)) : "")
                    .append(" |\n");
        }
        text.append("| ").append(label("total", language)).append(" | ").append(plain(totalA, language)).append(" | ").append(plain(totalB, language))
                .append(" | ").append(plain(totalB.subtract(totalA), language)).append(" | | |\n\n");
        List<Row> changed = changed();
        List<Row> carried = carriedOver();
        text.append(Messages.format("compare.changed", Map.of("count", Arg.count(changed.size()), "total", Arg.count(rows.size()),
                "codes", Arg.verbatim(codes(changed))), language)).append('\n');
        text.append(Messages.format("compare.carriedOver", Map.of("count", Arg.count(carried.size()), "version", Arg.verbatim(versionB),
                "codes", Arg.verbatim(codes(carried))), language)).append('\n');
        return text.toString();
    }

    private static String words(List<Unconfirmed> unconfirmed, Language language) {
        return unconfirmed.isEmpty() ? Messages.get("compare.allConfirmed", language) : Wording.unconfirmed(unconfirmed, language);
    }

    private static String codes(List<Row> rows) {
        return rows.isEmpty() ? "—" : String.join(", ", rows.stream().map(Row::code).toList());
    }

    private static String label(String key, Language language) {
        return Messages.get("compare." + key, language);
    }

    private static String plain(BigDecimal value, Language language) {
        return value == null ? "—" : Wording.number(value, language);
    }
}
