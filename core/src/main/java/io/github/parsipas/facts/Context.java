package io.github.parsipas.facts;

import io.github.parsipas.snapshot.UnitKind;

import java.time.LocalDate;

/** The unit and the evaluation date: one per evaluation. */
public record Context(String unitId, String unitName, UnitKind kind, LocalDate asOf, String period) implements Fact {

    @Override
    public String describe() {
        return "unit " + unitId + " (" + kind.code() + "), asOf " + asOf + ", period " + period;
    }
}
