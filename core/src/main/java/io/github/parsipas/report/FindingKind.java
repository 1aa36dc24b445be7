package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** In report order: what was lost, what is at risk, what to do, what is worth knowing, and what could not be judged. */
public enum FindingKind {
    DEDUCTION("deduction"),
    WARNING("warning"),
    RECOMMENDATION("recommendation"),
    /** Information that asks for no action, e.g. a deliverable done, but late. */
    NOTE("note"),
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
