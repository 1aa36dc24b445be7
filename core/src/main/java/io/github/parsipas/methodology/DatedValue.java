package io.github.parsipas.methodology;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A parameter's value from a date on, with its own status and source. */
public record DatedValue(LocalDate from, BigDecimal value, Status status, String source) {
}
