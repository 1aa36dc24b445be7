package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.parsipas.methodology.Agency;
import io.github.parsipas.methodology.Citation;
import io.github.parsipas.methodology.Status;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding of an evaluation.
 *
 * @param code               the criterion or target code (e.g. {@code T-ONTIME}, {@code PAR-3.3})
 * @param scope              the part of the unit concerned (a field code), or {@code all}
 * @param action             what to do about it, from the source's own text
 * @param pointsLost         for a deduction, points lost; else {@code null}
 * @param pointsRecoverable  for a deduction or recommendation, points won back by closing the gap
 * @param responsibleUnit    the unit that must act (the evaluated unit)
 * @param lead               the agency that answers for the area
 * @param leadBasis          how sure that mapping is (the plan does not list it: inferred)
 * @param unconfirmed        every value behind this finding that is not confirmed, e.g. {@code maxPoints} provisional
 * @param due                the deadline concerned, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        FindingKind kind,
        String code,
        String scope,
        @Nullable Text scopeName,
        Text title,
        Text message,
        Text action,
        @Nullable BigDecimal pointsLost,
        @Nullable BigDecimal pointsRecoverable,
        Evidence evidence,
        Citation citation,
        String responsibleUnit,
        Agency lead,
        Status leadBasis,
        @Nullable LocalDate due,
        List<Unconfirmed> unconfirmed) {

    public Finding {
        pointsLost = Points2.of(pointsLost);
        pointsRecoverable = Points2.of(pointsRecoverable);
        unconfirmed = List.copyOf(unconfirmed);
    }

    /** True when any number behind the finding is provisional or inferred (listed in {@link #unconfirmed}). */
    public boolean isProvisional() {
        return !unconfirmed.isEmpty();
    }
}
