package io.github.parsipas.methodology;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A maximum number of points, with how sure we are of it.
 *
 * @param version the method version a confirmed value holds for; {@code null}: the pack's {@code confirmedFor}
 *                (a bundled value) or every version (an official value given without one)
 */
public record Points(BigDecimal value, Status status,
                     @com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = SourceText.class) io.github.parsipas.text.Text source, @Nullable String version) {

    /** The version of an official value that holds for every version of its method. */
    public static final String EVERY_VERSION = "*";

    public Points(BigDecimal value, Status status, io.github.parsipas.text.Text source) {
        this(value, status, source, null);
    }
}
