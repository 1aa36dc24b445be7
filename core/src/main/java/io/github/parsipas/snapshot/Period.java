package io.github.parsipas.snapshot;

import java.time.LocalDate;

/** The reporting period: a year and either a month or a quarter (never both). */
public record Period(int year, Integer month, Integer quarter) {

    public LocalDate start() {
        if (month != null) {
            return LocalDate.of(year, month, 1);
        }
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return month != null ? start().plusMonths(1).minusDays(1) : start().plusMonths(3).minusDays(1);
    }

    /** {@code 2025-10} or {@code 2026-Q1}. */
    public String label() {
        return month != null ? String.format("%d-%02d", year, month) : year + "-Q" + quarter;
    }
}
