package io.github.parsipas.snapshot;

import java.time.LocalDate;

/**
 * The limits every input is read within, set on purpose and in one place. Anything beyond them is bad
 * input (exit 2, {@link InvalidInputException}), never a crash, a wrap-around or an unbounded report.
 */
public final class InputLimits {

    /** The largest input read, in bytes: far above a city's snapshot (about 20 KB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** How deep objects and lists may nest. */
    public static final int MAX_DEPTH = 32;
    /** The longest field name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest string anywhere in the input. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** The longest number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The longest name, title, id or code, in characters: texts reach reports as they are. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** The largest count: 2^53 − 1, so that sums of counts are exact (and exact in JSON numbers elsewhere). */
    public static final long MAX_COUNT = (1L << 53) - 1;
    /** The earliest and latest date accepted, for every date of a snapshot. */
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
    /** The most entries one list may have (fields, tasks, reports, questions …): each can become a finding. */
    public static final int MAX_ENTRIES = 10_000;
    /** How many problems one rejection lists; the rest are counted. */
    public static final int MAX_PROBLEMS = 100;

    private InputLimits() {
    }
}
