package io.github.parsipas.facts;

import io.github.parsipas.snapshot.UnitKind;

import java.time.LocalDate;

/** The unit and the evaluation date, as findings name them. */
public record Context(String unitId, String unitName, UnitKind kind, LocalDate asOf, String period) {
}
