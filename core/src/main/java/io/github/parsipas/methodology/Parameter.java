package io.github.parsipas.methodology;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A number of the methodology that may change: a value tied to the method version in use wins;
 * otherwise the latest value dated on or before the evaluation date.
 */
public record Parameter(String unit, List<DatedValue> values) {

    public Parameter {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    public Optional<DatedValue> at(LocalDate date) {
        return at(date, null);
    }

    public Optional<DatedValue> at(LocalDate date, String version) {
        Optional<DatedValue> byVersion = values.stream().filter(v -> v.version() != null && v.version().equals(version)).findFirst();
        if (byVersion.isPresent()) {
            return byVersion;
        }
        return values.stream().filter(v -> v.from() != null && !v.from().isAfter(date)).reduce((earlier, later) -> later);
    }
}
