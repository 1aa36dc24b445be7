package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import java.math.BigDecimal;

/** A number the source gives only as such (e.g. a projected PAR Index %), with its path. */
public record Value(String measure, BigDecimal value, String path) implements Fact {

    public boolean isBelow(BigDecimal threshold) {
        return value.compareTo(threshold) < 0;
    }

    @Override
    public String describe(Language language) {
        return Described.format("value", java.util.Map.of("measure", Described.verbatim(measure), "path", Described.verbatim(path),
                "value", Described.number(value)), language);
    }
}
