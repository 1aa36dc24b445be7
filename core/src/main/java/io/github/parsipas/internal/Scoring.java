package io.github.parsipas.internal;

import io.github.parsipas.facts.Requirement;
import io.github.parsipas.facts.Share;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Scheme;
import io.github.parsipas.methodology.Band;
import io.github.parsipas.report.Threshold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The scoring schemes in one table: what share of its maximum a criterion earns, and its scale as evidence. */
final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The share of the maximum earned (0 to 1), and the scale it was read on. */
    record Scored(BigDecimal fraction, Threshold scale) {
    }

    private Scoring() {
    }

    /** A share scored by {@code scheme}; {@link Scheme#MET} is scored, like bands, on a met-or-not share. */
    static Scored of(Scheme scheme, Requirement criterion, String parameter, Share share) {
        BigDecimal rate = share.exactPercent().max(BigDecimal.ZERO);
        return switch (scheme) {
            case PRO_RATA -> {
                BigDecimal target = criterion.param(parameter);
                yield new Scored(share.isBelow(target) ? rate.divide(target, 6, RoundingMode.HALF_UP) : BigDecimal.ONE,
                        Threshold.scale(Threshold.Scale.PRO_RATA, target, null, null));
            }
            case LINEAR -> new Scored(rate.min(HUNDRED).divide(HUNDRED, 6, RoundingMode.HALF_UP), Threshold.scale(Threshold.Scale.LINEAR, HUNDRED, null, null));
            case BANDS, MET -> new Scored(criterion.item().bands().shareFor(share::isBelow), bands(criterion.item()));
            default -> throw new IllegalArgumentException(scheme + " does not score a share");
        };
    }

    /** The maximum less {@code perViolation} for each case, never below zero. */
    static BigDecimal violations(BigDecimal max, BigDecimal perViolation, long cases) {
        return max.subtract(perViolation.multiply(BigDecimal.valueOf(cases))).max(BigDecimal.ZERO);
    }

    /** A band scale; full points from its highest band. */
    private static Threshold bands(Item item) {
        List<Band> steps = item.bands().steps();
        return Threshold.scale(Threshold.Scale.BANDS, steps.isEmpty() ? null : steps.get(0).atLeast(), steps, null);
    }
}
