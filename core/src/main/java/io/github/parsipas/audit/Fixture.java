package io.github.parsipas.audit;


import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An audit fixture: a snapshot and what the rules must conclude about it. Written in YAML by people
 * who did not write the rules; see {@code docs/audit-fixtures.md} for an annotated example.
 *
 * @param file         where the fixture was read from
 * @param methodology  pack id → version the fixture was written for; a different loaded version fails the fixture
 * @param method       the official method version to evaluate under (e.g. {@code 876/QĐ-BNV}), or {@code null} for the
 *                     one of the snapshot's year (or the audit run's)
 * @param parameters   a parameter file of official values (as {@code --parameters} takes), relative to the fixture's
 *                     folder, applied on top of the audit run's, or {@code null}
 * @param asOf         overrides the snapshot's evaluation date, so one snapshot serves several dates
 * @param snapshot     the snapshot inline, as JSON text, or {@code null} when {@code snapshotFile} is given
 * @param snapshotFile a snapshot file, relative to the fixture's folder
 */
public record Fixture(Path file, String name, @Nullable String description, @Nullable Map<String, String> methodology, @Nullable String method,
                      @Nullable String parameters, @Nullable LocalDate asOf,
                      @Nullable String snapshot, @Nullable String snapshotFile, @Nullable Expect expect) {

    /** What must hold. Every list may be empty. */
    public record Expect(List<ScoreExpectation> scores, List<FindingExpectation> present,
                         List<FindingExpectation> absent, List<String> rulesFired) {
        public Expect {
            scores = scores == null ? List.of() : List.copyOf(scores);
            present = present == null ? List.of() : List.copyOf(present);
            absent = absent == null ? List.of() : List.copyOf(absent);
            rulesFired = rulesFired == null ? List.of() : List.copyOf(rulesFired);
        }
    }

    /**
     * Points of one criterion, one area, the total of an index (e.g. {@code 766}) or the city's forecast of an
     * index by areas, named by its code ({@code forecast: PAR}), within a tolerance (default 0.005); for an index or the forecast,
     * optionally its grade or group by name, in either language ({@code Nhóm A}, {@code Good}), or {@code none}.
     */
    public record ScoreExpectation(@Nullable String criterion, @Nullable Integer area, @Nullable String index, @Nullable String forecast, BigDecimal points, @Nullable BigDecimal tolerance,
                                   @Nullable String grade) {
        public String describe() {
            return criterion != null ? "criterion " + criterion : area != null ? "area " + area : index != null ? "index " + index : "the " + forecast + " forecast";
        }

        boolean namesOneThing() {
            return java.util.stream.Stream.of(criterion, area, index, forecast).filter(java.util.Objects::nonNull).count() == 1
                    && (grade == null || index != null || forecast != null);
        }
    }

    /**
     * A finding pattern: {@code code} is required, every other part narrows the match. {@code points}
     * is compared with points lost (deduction) or points recoverable (recommendation); {@code message}
     * is a piece of text the Vietnamese or the English message must contain.
     */
    public record FindingExpectation(String code, @Nullable String kind, @Nullable String scope, @Nullable BigDecimal points, @Nullable String lead, @Nullable String message) {
        public String describe() {
            StringBuilder text = new StringBuilder(kind == null ? "finding" : kind).append(" ").append(code);
            if (scope != null) {
                text.append(" (scope ").append(scope).append(")");
            }
            if (points != null) {
                text.append(" with ").append(points.stripTrailingZeros().toPlainString()).append(" points");
            }
            if (lead != null) {
                text.append(" led by ").append(lead);
            }
            if (message != null) {
                text.append(" saying \"").append(message).append("\"");
            }
            return text.toString();
        }
    }
}
