package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** In report order: what was lost, what is at risk, what to do, and what could not be judged. */
public enum FindingKind {
    DEDUCTION("deduction"),
    WARNING("warning"),
    RECOMMENDATION("recommendation"),
    CANNOT_EVALUATE("cannot-evaluate");

    private final String code;

    FindingKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
