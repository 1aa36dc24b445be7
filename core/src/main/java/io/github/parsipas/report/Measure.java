package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a rule observed, as numbers: a rate's part and whole, a count, a reported value, a survey figure and its
 * respondents, a date. The report's sentences ({@link Evidence#observed()}) are written from these, in the reader's
 * language; an integrator reads them here.
 *
 * @param kind        which of the forms below it takes
 * @param numerator   a rate's part (dossiers on time), or for {@link Kind#COUNT_OF} the count of its whole that is wrong
 * @param denominator a rate's whole (dossiers resolved); 0 for {@link Kind#NONE}
 * @param percent     the rate or the value in percent, to two decimals
 * @param count       a count ({@link Kind#COUNT})
 * @param unit        what is counted or measured: {@code count}, {@code cases}, {@code million-vnd}, {@code vnd},
 *                    {@code days}, {@code percent}, {@code respondents}, {@code points}
 * @param respondents for a survey figure, the fewest answers to any question behind it
 * @param value       a value reported or published as such (a projected index, points a portal published)
 * @param asOf        for a deadline not met, the date it was judged on
 * @param done        for a deadline met late, the date it was done
 * @param before      for a trend, the rate at the earlier observation, in percent
 * @param beforeAsOf  the date of that observation
 * @param projected   for a trend, the rate the recent pace reaches by {@code projectedOn}
 * @param projectedOn the date projected to (the target's deadline)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Measure(Kind kind, @Nullable Long numerator, @Nullable Long denominator, @Nullable BigDecimal percent, @Nullable Long count, @Nullable String unit, @Nullable Long respondents,
                      @Nullable BigDecimal value, @Nullable LocalDate asOf, @Nullable LocalDate done, @Nullable BigDecimal before, @Nullable LocalDate beforeAsOf,
                      @Nullable BigDecimal projected, @Nullable LocalDate projectedOn) {

    /** The forms a measure takes. */
    public enum Kind {
        /** Part of a whole: {@code numerator / denominator}. */
        RATE,
        /** A rate with nothing to divide by: its whole is 0 in the period. */
        NONE,
        /** A count on its own. */
        COUNT,
        /** How many of a whole are late or wrong: {@code numerator} of {@code denominator}. */
        COUNT_OF,
        /** A value the source gives as such. */
        VALUE,
        /** A survey figure: {@code percent} of at least {@code respondents}. */
        SURVEY,
        /** A rate's share as the source gave it, without its counts: {@code percent}. */
        GIVEN,
        /** Something due: not done on {@code asOf}, or done on {@code done}. */
        DATE,
        /** The input is not in the snapshot. */
        ABSENT;

        @JsonValue
        public String code() {
            return CODES[ordinal()];
        }

        private static final String[] CODES = {"rate", "none", "count", "countOf", "value", "survey", "given", "date", "absent"};
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Measure rate(long numerator, long denominator, String unit) {
        BigDecimal percent = BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new Measure(Kind.RATE, numerator, denominator, percent, null, unit, null, null, null, null, null, null, null, null);
    }

    public static Measure none(String unit) {
        return new Measure(Kind.NONE, 0L, 0L, null, null, unit, null, null, null, null, null, null, null, null);
    }

    public static Measure count(long count, String unit) {
        return new Measure(Kind.COUNT, null, null, null, count, unit, null, null, null, null, null, null, null, null);
    }

    public static Measure countOf(long count, long total, String unit) {
        return new Measure(Kind.COUNT_OF, count, total, null, null, unit, null, null, null, null, null, null, null, null);
    }

    public static Measure value(BigDecimal value, String unit) {
        return new Measure(Kind.VALUE, null, null, null, null, unit, null, value, null, null, null, null, null, null);
    }

    public static Measure survey(BigDecimal percent, long respondents) {
        return new Measure(Kind.SURVEY, null, null, percent, null, PERCENT, respondents, null, null, null, null, null, null, null);
    }

    /** A share the source gave without its counts (the portal's ratio). */
    public static Measure given(BigDecimal percent) {
        return new Measure(Kind.GIVEN, null, null, percent.setScale(2, RoundingMode.HALF_UP), null, PERCENT, null, null, null, null, null, null, null, null);
    }

    /** Something due and not done on {@code asOf}. */
    public static Measure notDone(LocalDate asOf) {
        return new Measure(Kind.DATE, null, null, null, null, null, null, null, asOf, null, null, null, null, null);
    }

    /** Something due and done on {@code done}. */
    public static Measure doneOn(LocalDate done) {
        return new Measure(Kind.DATE, null, null, null, null, null, null, null, null, done, null, null, null, null);
    }

    public static Measure absent() {
        return new Measure(Kind.ABSENT, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This rate with its trend: where it stood on {@code beforeAsOf}, and where the pace takes it by {@code projectedOn}. */
    public Measure withTrend(BigDecimal before, LocalDate beforeAsOf, BigDecimal projected, LocalDate projectedOn) {
        return new Measure(kind, numerator, denominator, percent, count, unit, respondents, value, asOf, done, before, beforeAsOf, projected, projectedOn);
    }

    /** The units of measure a measure or threshold names. */
    public static final String COUNT = "count";
    public static final String CASES = "cases";
    public static final String PERCENT = "percent";
    public static final String RESPONDENTS = "respondents";
    public static final String POINTS = "points";
}
