package io.github.parsipas.snapshot;

import java.util.Arrays;
import java.util.Optional;

/** What a snapshot's counts cover: its period alone, or the year up to {@code asOf}. */
public enum Basis {
    PERIOD("period"),
    YEAR_TO_DATE("yearToDate");

    private final String code;

    Basis(String code) {
        this.code = code;
    }

    /** The spelling in snapshots. */
    public String code() {
        return code;
    }

    public static Optional<Basis> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
