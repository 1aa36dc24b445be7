package io.github.parsipas.methodology;

import com.fasterxml.jackson.annotation.JsonValue;

/** How sure we are of a number: stated by a public source, computed from stated ones, or our best reading. */
public enum Status {
    CONFIRMED, INFERRED, PROVISIONAL;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Status weakest(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
