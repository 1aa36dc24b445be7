package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.parsipas.methodology.Agency;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Many units at once (a city's wards and departments, one or several months): a league table of their latest
 * period, what each lead agency answers for across them, the city's rates recomputed from the units' counts, and
 * every input that could not be read. Written by {@link BatchWriter}; made by {@code io.github.parsipas.batch.Batch}.
 *
 * @param period   the latest period among the units (each row says its own)
 * @param indices  the indices the rows have points of, as the league table shows them: those it ranks by first
 * @param units    one row per unit, ranked
 * @param leads    per lead agency and requirement, the units with a problem it leads
 * @param rollup   per count group, the units' counts added up, and the city's own rate when a city snapshot was given
 * @param rejected the inputs (files, lines, rows) left out, each with where and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchReport(String schema, @Nullable String period, List<IndexColumn> indices, List<UnitRow> units, List<LeadLine> leads,
                          List<RollupRate> rollup, List<Rejected> rejected) {

    public static final String SCHEMA = "parsipas.batch/1";

    public BatchReport {
        indices = List.copyOf(indices);
        units = List.copyOf(units);
        leads = List.copyOf(leads);
        rollup = List.copyOf(rollup);
        rejected = List.copyOf(rejected);
    }

    /**
     * An index of the league table, as its pack names it.
     *
     * @param code   the index's code, the key of each row's {@code indices}
     * @param label  the column's heading
     * @param graded true when the index has grades (a row shows its grade, or that it has none)
     * @param ranks  true when the table ranks by it (the first such index first)
     */
    public record IndexColumn(String code, Text label, boolean graded, boolean ranks) {
    }

    /**
     * A unit's line in the league table, on its latest period.
     *
     * @param indices       by index code (sorted), the points of each index the unit was scored on
     * @param targetsMet    the plan's targets judged on the unit's data and not missed
     * @param targetsAtRisk targets warned before their deadline
     * @param targetsMissed targets warned with no deadline left (or none given)
     * @param problems      the problems to act on; {@code deductions}, {@code warnings}, {@code cannotEvaluate} count findings
     * @param top           the problem to act on first, or {@code null} when none
     * @param movement      the change since the unit's previous period in the batch, or {@code null} when it has none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UnitRow(String unit, String name, String kind, String period, Map<String, IndexPoints> indices,
                          int targetsMet, int targetsAtRisk, int targetsMissed,
                          int problems, int deductions, int warnings, int cannotEvaluate, @Nullable Top top, @Nullable Movement movement) {
        public UnitRow {
            indices = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(indices));
        }
    }

    /**
     * A unit's points on one index.
     *
     * @param points the total (for an index by areas, the points of the areas scored: below the province an estimate
     *               of the unit's contribution)
     * @param max    the maximum of what was scored
     * @param grade  its grade, or {@code null} when the index has none or the total is partial
     * @param change points gained since the unit's previous period in the batch (negative when lost), or {@code null}
     *               when it has none or that period lacks the index
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndexPoints(BigDecimal points, BigDecimal max, @Nullable Text grade, @Nullable BigDecimal change) {
        public IndexPoints {
            points = Points2.of(points);
            max = Points2.of(max);
            change = Points2.of(change);
        }
    }

    /** The first problem of a unit: its code, title, lead (when it has one) and action. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Top(String code, Text title, String lead, Text action) {
    }

    /**
     * Since the previous period of the same unit (each index's change is in the row's {@code indices}).
     *
     * @param problemsChange problems more (negative: fewer)
     */
    public record Movement(String since, int problemsChange) {
    }

    /** A requirement a lead agency answers for, and the units (by id) where it is a problem. */
    public record LeadLine(Agency lead, String code, Text title, int unitCount, List<String> units) {
        public LeadLine {
            units = List.copyOf(units);
        }
    }

    /**
     * A count group added up over the units (never an average of their percentages), for the latest period.
     *
     * @param previousPercent   the same, for the period before (month on month), or {@code null} when the batch has none
     * @param yearToDatePart    the parts of the year's periods up to the latest, added up
     * @param yearToDateWhole   the wholes of those periods, added up
     * @param yearToDatePercent their rate
     * @param cityPercent       the city snapshot's own rate for the same group, or {@code null} when none was given
     * @param difference        {@code percent − cityPercent}, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RollupRate(String path, int units, long part, long whole, BigDecimal percent, @Nullable BigDecimal previousPercent,
                             long yearToDatePart, long yearToDateWhole, BigDecimal yearToDatePercent, @Nullable BigDecimal cityPercent, @Nullable BigDecimal difference) {
        public RollupRate {
            percent = Points2.of(percent);
            previousPercent = Points2.of(previousPercent);
            yearToDatePercent = Points2.of(yearToDatePercent);
            cityPercent = Points2.of(cityPercent);
            difference = Points2.of(difference);
        }
    }

    /**
     * An input left out: where (file, line) and why, naming the JSON path when the snapshot reader refused it.
     *
     * @param reason the same in each language, when the snapshot reader refused it; {@code null} when only {@code why} says it
     */
    public record Rejected(String where, String why, @com.fasterxml.jackson.annotation.JsonIgnore @Nullable Text reason) {

        public Rejected(String where, String why) {
            this(where, why, null);
        }

        /** The same input left out for the same reason (in English); how each language writes it follows from that. */
        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Rejected r && where.equals(r.where) && why.equals(r.why);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(where, why);
        }

        /** Why, for people in {@code language}. */
        public String why(io.github.parsipas.text.Language language) {
            return reason == null ? why : reason.in(language);
        }
    }
}
