package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A rate now and at earlier dates: the pace, and where that pace leads by a deadline. The pace is the
 * least-squares slope in days through every observation (with one earlier observation, simply the change
 * between the two), so a month that jumps or stalls does not alone set the projection; the projection runs
 * from the rate now at that pace, the simplest reading of "at the recent rate".
 *
 * @param earlier the earlier observations, oldest first, at least one
 */
public record Trend(String measure, List<Point> earlier, Rate now, LocalDate asOf) implements Fact {

    private static final int SCALE = 6;
    private static final MathContext EXACT = new MathContext(24);

    /** The rate at one earlier date. */
    public record Point(LocalDate asOf, Rate rate) {
    }

    public Trend {
        earlier = List.copyOf(earlier);
        if (earlier.isEmpty()) {
            throw new IllegalArgumentException("a trend needs an earlier observation");
        }
    }

    /** The latest earlier observation's rate: what "up from" is told against. */
    public Rate before() {
        return earlier.get(earlier.size() - 1).rate();
    }

    public LocalDate beforeAsOf() {
        return earlier.get(earlier.size() - 1).asOf();
    }

    /** Percentage points gained per day: the slope through every observation. */
    public BigDecimal pointsPerDay() {
        return slope().setScale(SCALE, RoundingMode.HALF_UP);
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

    /** Unrounded, so 79.996% stays short of 80%. */
    private BigDecimal exactProjection(LocalDate date) {
        BigDecimal ahead = BigDecimal.valueOf(ChronoUnit.DAYS.between(asOf, date));
        return now.exactPercent().add(slope().multiply(ahead, EXACT)).min(BigDecimal.valueOf(100));
    }

    /** Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x in days from the first observation, y the exact percentage. */
    private BigDecimal slope() {
        List<Point> all = new ArrayList<>(earlier);
        all.add(new Point(asOf, now));
        LocalDate first = all.get(0).asOf();
        BigDecimal n = BigDecimal.valueOf(all.size());
        BigDecimal meanX = all.stream().map(p -> BigDecimal.valueOf(ChronoUnit.DAYS.between(first, p.asOf())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, EXACT);
        BigDecimal meanY = all.stream().map(p -> p.rate().exactPercent()).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, EXACT);
        BigDecimal covariance = BigDecimal.ZERO;
        BigDecimal variance = BigDecimal.ZERO;
        for (Point p : all) {
            BigDecimal dx = BigDecimal.valueOf(ChronoUnit.DAYS.between(first, p.asOf())).subtract(meanX);
            covariance = covariance.add(dx.multiply(p.rate().exactPercent().subtract(meanY)));
            variance = variance.add(dx.multiply(dx));
        }
        return covariance.divide(variance, EXACT);
    }

    @Override
    public String describe(Language language) {
        return Described.format("trend", java.util.Map.of("measure", Described.verbatim(measure), "before", Described.number(before().percent()),
                "beforeAsOf", Described.date(beforeAsOf()), "now", Described.number(now.percent()), "asOf", Described.date(asOf),
                "perDay", Described.number(pointsPerDay().setScale(3, RoundingMode.HALF_UP)),
                "fitted", earlier.size() > 1 ? io.github.parsipas.text.Messages.arg("fact.trendFitted", java.util.Map.of("observations",
                        Described.count(earlier.size() + 1))) : Described.verbatim("")), language);
    }
}
