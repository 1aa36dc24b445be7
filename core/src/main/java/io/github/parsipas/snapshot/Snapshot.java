package io.github.parsipas.snapshot;

import java.time.LocalDate;

/**
 * One unit's data for one period, as read from a snapshot file (format {@value #FORMAT}).
 *
 * @param asOf the evaluation date: every deadline is judged against it, never against the clock
 * @param tthc administrative procedures, or {@code null} when the snapshot has no such section
 */
public record Snapshot(Unit unit, LocalDate asOf, Period period, Tthc tthc) {

    public static final String FORMAT = "parsipas.snapshot/1";
}
