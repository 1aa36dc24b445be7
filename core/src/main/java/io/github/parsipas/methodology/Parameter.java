package io.github.parsipas.methodology;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A number of the methodology that may change over time: the value in force is the latest one dated on or before the evaluation date. */
public record Parameter(String unit, List<DatedValue> values) {

    public Parameter {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    }

    public Optional<DatedValue> at(LocalDate date) {
        return values.stream().filter(v -> !v.from().isAfter(date)).reduce((earlier, later) -> later);
    }
}
