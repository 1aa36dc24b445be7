package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.parsipas.methodology.Band;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rule compared its measure with: a target's threshold, a criterion's scale, a due date. The report's
 * {@link Evidence#required()} sentence is written from it.
 *
 * @param comparison how the measure must stand to the value
 * @param value      the threshold (a percentage, a number of respondents, published points recomputed), or {@code null}
 * @param unit       the threshold's unit ({@code percent}, {@code respondents}, {@code points}), or {@code null}
 * @param due        for {@link Comparison#DONE_BY}, the due date
 * @param scale      for a criterion, how its points follow from the measure; {@code null} for a target
 * @param bands      for {@link Scale#BANDS}, the bands, highest first
 * @param perCase    for {@link Scale#VIOLATIONS}, the points taken for each case
 * @param tolerance  for {@link Comparison#WITHIN}, the difference allowed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Threshold(@Nullable Comparison comparison, @Nullable BigDecimal value, @Nullable String unit, @Nullable LocalDate due, @Nullable Scale scale, @Nullable List<Band> bands,
                        @Nullable BigDecimal perCase, @Nullable BigDecimal tolerance) {

    public Threshold {
        bands = bands == null ? null : List.copyOf(bands);
    }

    /** How the measure must stand to the threshold. */
    public enum Comparison {
        /** At least {@code value}. */
        AT_LEAST("atLeast"),
        /** None of the whole late or wrong. */
        ZERO("zero"),
        /** Done by {@code due}. */
        DONE_BY("doneBy"),
        /** The input given. */
        PRESENT("present"),
        /** Published points equal to {@code value}, to the tolerance the reconciliation allows. */
        WITHIN("within"),
        /** Published points the rules cannot check without the counts behind them. */
        RECOMPUTABLE("recomputable");

        private final String code;

        Comparison(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** How a criterion's points follow from its measure. */
    public enum Scale {
        /** Full points from {@code value} %; below, pro rata to it. */
        PRO_RATA("proRata"),
        /** The maximum times the rate. */
        LINEAR("linear"),
        /** The share of the maximum of the highest band reached. */
        BANDS("bands"),
        /** The maximum less {@code perCase} for each case. */
        VIOLATIONS("violations"),
        /** Nothing to divide by: full points. */
        FULL_WHEN_NONE("fullWhenNone"),
        /** Nothing to divide by: no points. */
        ZERO_WHEN_NONE("zeroWhenNone"),
        /** Nothing to divide by: {@code value} % of the points follow another criterion's share, the rest full. */
        SHARED_WHEN_NONE("sharedWhenNone");

        private final String code;

        Scale(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    public static Threshold atLeast(BigDecimal value, String unit) {
        return new Threshold(Comparison.AT_LEAST, value, unit, null, null, null, null, null);
    }

    public static Threshold doneBy(LocalDate due) {
        return new Threshold(Comparison.DONE_BY, null, null, due, null, null, null, null);
    }

    public static Threshold of(Comparison comparison) {
        return new Threshold(comparison, null, null, null, null, null, null, null);
    }

    /** Published points that must equal the recomputed ones, to {@code tolerance}. */
    public static Threshold within(BigDecimal computed, BigDecimal tolerance) {
        return new Threshold(Comparison.WITHIN, computed, Measure.POINTS, null, null, null, null, tolerance);
    }

    /** A criterion's scale, with the threshold at which it earns full points when it has one. */
    public static Threshold scale(Scale scale, @Nullable BigDecimal fullFrom, @Nullable List<Band> bands, @Nullable BigDecimal perCase) {
        return new Threshold(fullFrom == null ? null : Comparison.AT_LEAST, fullFrom, fullFrom == null ? null : Measure.PERCENT, null,
                scale, bands, perCase, null);
    }

    /** True for a threshold a reader compares a number with (at least so much), as opposed to a scale or a date. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isBound() {
        return scale == null && comparison == Comparison.AT_LEAST;
    }
}
