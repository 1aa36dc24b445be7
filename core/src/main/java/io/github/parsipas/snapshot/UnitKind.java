package io.github.parsipas.snapshot;

import java.util.Arrays;
import java.util.Optional;

/** What sort of unit a snapshot describes; the plan asks different things of each. */
public enum UnitKind {
    CITY("city"),
    DEPARTMENT("department"),
    WARD_COMMUNE("ward-commune");

    private final String code;

    UnitKind(String code) {
        this.code = code;
    }

    /** The spelling used in snapshots and packs. */
    public String code() {
        return code;
    }

    public static Optional<UnitKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
