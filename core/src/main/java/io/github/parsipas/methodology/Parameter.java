package io.github.parsipas.methodology;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A number of the methodology that may change: a value tied to the method version in use wins;
 * otherwise the latest value dated on or before the evaluation date.
 */
public record Parameter(@Nullable String unit, List<DatedValue> values) {

    public Parameter {
        values = values.stream().sorted(Comparator.comparing(DatedValue::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    public Optional<DatedValue> at(LocalDate date) {
        return at(date, null);
    }

    public Optional<DatedValue> at(LocalDate date, @Nullable String version) {
        DatedValue dated = null;
        for (DatedValue value : values) { // sorted by date: the last one in force wins; a value of the version asked for wins over all
            if (value.version() != null && value.version().equals(version)) {
                return Optional.of(value);
            }
            if (value.from() != null && !value.from().isAfter(date)) {
                dated = value;
            }
        }
        return Optional.ofNullable(dated);
    }
}
