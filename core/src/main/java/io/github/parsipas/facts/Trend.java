package io.github.parsipas.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A rate now and at an earlier date: the recent pace, and where that pace leads by a deadline.
 * The projection is linear in days, the simplest reading of "at the recent rate".
 */
public record Trend(String measure, Rate before, LocalDate beforeAsOf, Rate now, LocalDate asOf) implements Fact {

    private static final int SCALE = 6;

    /** Percentage points gained per day since the earlier observation. */
    public BigDecimal pointsPerDay() {
        long days = ChronoUnit.DAYS.between(beforeAsOf, asOf);
        return now.exactPercent().subtract(before.exactPercent()).divide(BigDecimal.valueOf(days), SCALE, RoundingMode.HALF_UP);
    }

    /** The rate expected on {@code date} at the recent pace, capped at 100 %, to two decimals. */
    public BigDecimal projectedAt(LocalDate date) {
        return exactProjection(date).setScale(2, RoundingMode.HALF_UP);
    }

    /** The projection as a shortfall of {@code percent} is told: cut, not rounded, when rounding would reach it (79.996 → 79.99). */
    public BigDecimal projectedShortOf(LocalDate date, BigDecimal percent) {
        BigDecimal rounded = projectedAt(date);
        return rounded.compareTo(percent) < 0 ? rounded : exactProjection(date).setScale(2, RoundingMode.DOWN);
    }

    /** True when the recent pace does not reach {@code percent} by {@code date}: judged before any rounding. */
    public boolean fallsShort(LocalDate date, BigDecimal percent) {
        return exactProjection(date).compareTo(percent) < 0;
    }

    /** The exact change over the whole span, not a rounded pace a day, so 79.996% stays short of 80%. */
    private BigDecimal exactProjection(LocalDate date) {
        BigDecimal gained = now.exactPercent().subtract(before.exactPercent());
        BigDecimal ahead = BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, date));
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(beforeAsOf, asOf));
        return now.exactPercent().add(gained.multiply(ahead).divide(span, 12, RoundingMode.HALF_UP)).min(BigDecimal.valueOf(100));
    }


    @Override
    public String describe() {
        return measure + ": " + before.percent().toPlainString() + "% on " + beforeAsOf + " → " + now.percent().toPlainString()
                + "% on " + asOf + " (" + pointsPerDay().setScale(3, RoundingMode.HALF_UP).toPlainString() + " points a day)";
    }
}
