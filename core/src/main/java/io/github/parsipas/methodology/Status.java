package io.github.parsipas.methodology;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How sure we are of a number: stated by a public source for the method version in use, computed from
 * stated ones, fitted to an official system's published scores, stated for an earlier version and carried
 * over until the new one is published, or our best reading.
 */
public enum Status {
    CONFIRMED("đã xác nhận", "confirmed"),
    INFERRED("suy luận", "inferred"),
    /** Fitted by a third party to the scores an official system publishes: stronger than provisional, weaker than confirmed. */
    FITTED("khớp với điểm Cổng công bố (bên thứ ba)", "fitted to the portal's scores (third party)"),
    /** Confirmed for an earlier version of the method, applied to a later one whose value is not yet public. */
    CARRIED_OVER("theo phương pháp trước, chưa xác nhận", "carried over"),
    PROVISIONAL("tạm tính", "provisional");

    private final String vi;
    private final String en;
    private final String code; // asked for every value behind every finding

    Status(String vi, String en) {
        this.vi = vi;
        this.en = en;
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The status for people, e.g. {@code tạm tính} or {@code provisional}. */
    public String label(Language language) {
        return language == Language.VI ? vi : en;
    }

    public Status weakest(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
