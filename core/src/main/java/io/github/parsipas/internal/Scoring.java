package io.github.parsipas.internal;

import io.github.parsipas.facts.Requirement;
import io.github.parsipas.facts.Share;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Scheme;
import io.github.parsipas.methodology.Template.Arg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The scoring schemes in one table: what share of its maximum a criterion earns, and its scale as evidence. */
final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The share of the maximum earned (0 to 1), and the scale it was read on. */
    record Scored(BigDecimal fraction, Arg scale) {
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
                        Arg.join("≥ ", Arg.plain(target), Arg.words("% → tối đa; dưới đó, tối đa × tỷ lệ / ", "% → max; below, max × rate / "),
                                Arg.plain(target), "%"));
            }
            case LINEAR -> new Scored(rate.min(HUNDRED).divide(HUNDRED, 6, RoundingMode.HALF_UP), Arg.words("tối đa × tỷ lệ", "max × rate"));
            case BANDS, MET -> new Scored(criterion.item().bands().shareFor(share::isBelow), bands(criterion.item()));
            default -> throw new IllegalArgumentException(scheme + " does not score a share");
        };
    }

    /** The maximum less {@code perViolation} for each case, never below zero. */
    static BigDecimal violations(BigDecimal max, BigDecimal perViolation, long cases) {
        return max.subtract(perViolation.multiply(BigDecimal.valueOf(cases))).max(BigDecimal.ZERO);
    }

    static Arg violationsScale(BigDecimal perViolation) {
        return Arg.join(Arg.words("tối đa − ", "max − "), Arg.plain(perViolation), Arg.words(" mỗi trường hợp", " per case"));
    }

    private static Arg bands(Item item) {
        List<Object> parts = new ArrayList<>();
        item.bands().steps().forEach(b -> {
            if (!parts.isEmpty()) {
                parts.add("; ");
            }
            parts.add("≥ ");
            parts.add(Arg.plain(b.atLeast()));
            parts.add("% → ");
            parts.add(Arg.plain(b.share()));
            parts.add(Arg.words(" × tối đa", " × max"));
        });
        return Arg.join(parts.toArray());
    }
}
