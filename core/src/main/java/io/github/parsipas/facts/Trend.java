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

    /** The rate expected on {@code date} at the recent pace, capped at 100 %. */
    public BigDecimal projectedAt(LocalDate date) {
        BigDecimal projected = now.exactPercent().add(pointsPerDay().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, date))));
        return projected.min(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }

    /** True when the recent pace does not reach {@code percent} by {@code date}. */
    public boolean fallsShort(LocalDate date, BigDecimal percent) {
        return projectedAt(date).compareTo(percent) < 0;
    }


    @Override
    public String describe() {
        return measure + ": " + before.percent().toPlainString() + "% on " + beforeAsOf + " → " + now.percent().toPlainString()
                + "% on " + asOf + " (" + pointsPerDay().setScale(3, RoundingMode.HALF_UP).toPlainString() + " points a day)";
    }
}
