package io.github.parsipas.methodology;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How sure we are of a number: stated by a public source for the method version in use, computed from
 * stated ones, stated for an earlier version and carried over until the new one is published, or our best
 * reading.
 */
public enum Status {
    CONFIRMED("đã xác nhận"),
    INFERRED("suy luận"),
    /** Confirmed for an earlier version of the method, applied to a later one whose value is not yet public. */
    CARRIED_OVER("theo phương pháp trước, chưa xác nhận"),
    PROVISIONAL("tạm tính");

    private final String vi;

    Status(String vi) {
        this.vi = vi;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status for people: {@code tạm tính}, or its code in English. */
    public String label(Language language) {
        return language == Language.VI ? vi : code().replace('-', ' ');
    }

    public Status weakest(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
