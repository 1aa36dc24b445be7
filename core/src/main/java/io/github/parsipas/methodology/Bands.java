package io.github.parsipas.methodology;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A rate-band scale; a rate below every band earns nothing. */
public record Bands(List<Band> steps, Status status,
                    @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = SourceText.class) io.github.parsipas.text.Text source) {

    public Bands {
        steps = steps.stream().sorted(Comparator.comparing(Band::atLeast).reversed()).toList();
    }

    /** The share of the maximum earned by a rate, given as the test "is the rate below x %?". */
    public BigDecimal shareFor(java.util.function.Predicate<BigDecimal> rateIsBelow) {
        return steps.stream().filter(b -> !rateIsBelow.test(b.atLeast())).findFirst()
                .map(Band::share).orElse(BigDecimal.ZERO);
    }
}
