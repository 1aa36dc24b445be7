package io.github.parsipas.methodology;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A parameter's value, in force either from a date ({@code from}) or under a version of an official
 * method ({@code version}, e.g. {@code 1187/QĐ-BNV}), with its own status and source.
 */
public record DatedValue(@Nullable LocalDate from, @Nullable String version, BigDecimal value, Status status,
                         @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = SourceText.class) io.github.parsipas.text.Text source) {
}
