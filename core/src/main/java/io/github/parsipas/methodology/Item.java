package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One criterion of a scoring method, or one target of a plan, as a pack declares it. An interface, so the
 * pack format can grow without breaking callers; the packs' YAML binds to {@code PackItem}.
 *
 * <ul>
 * <li>{@code kind}: {@code target} (a plan target: findings are warnings) or {@code criterion} (scored: findings are deductions)
 * <li>{@code area}: PAR area (1–8) it belongs to; its lead agency follows from the pack's area leads unless {@code lead} is set
 * <li>{@code appliesTo}: unit kinds asked for it ({@code city}, {@code department}, {@code ward-commune})
 * <li>{@code roles}: when set, only units acting as one of these agencies (their {@code leadRoles}) are asked
 * <li>{@code inputs}: snapshot sections it needs; when one is absent the item is "cannot evaluate"
 * <li>{@code deadline}: date by which the target must be met, or {@code null} when continuous
 * <li>{@code schedule}: for a periodic report, its periods
 * <li>{@code group}: for a criterion of an index with groups (the 766 index), its group code
 * <li>{@code checks}: how the item is judged when a typical scheme does it (see {@link Scheme}); empty when
 *   the item has rules of its own in the DRL
 * <li>{@code maxPoints}: for a criterion, its maximum
 * <li>{@code bands}: for a criterion scored on bands, its scale
 * <li>{@code messages}: finding texts by key, with {@code {placeholders}}
 * <li>{@code recommendation}: what to do, from the source text
 * </ul>
 */
@JsonDeserialize(as = PackItem.class)
public sealed interface Item permits PackItem {

    String code();

    Kind kind();

    @Nullable Integer area();

    @Nullable String group();

    Text name();

    Citation source();

    Status status();

    List<String> appliesTo();

    List<String> roles();

    /** The agency that leads it when the item names one, else its area's ({@code areaLeads}). */
    @Nullable String lead();

    /** How sure the item's own lead is: confirmed when the plan names it for this duty, inferred when read off its duties. */
    @Nullable Status leadStatus();

    List<String> inputs();

    @Nullable LocalDate deadline();

    /** How sure its deadline is: confirmed when the plan gives the date, inferred when read off the plan's year. */
    @Nullable Status deadlineStatus();

    @Nullable Schedule schedule();

    Map<String, Parameter> parameters();

    List<Check> checks();

    @Nullable Points maxPoints();

    @Nullable Bands bands();

    Map<String, Text> messages();

    Text recommendation();

    /** True for a criterion judged on a year's data: on one period's data its points are provisional until year end. */
    Boolean annual();

    /**
     * False for a criterion whose loss the year cannot undo (a task done late stays late, a case disciplined stays
     * disciplined): its points lost are not won back, its problems rank by nothing won and say "cannot be won back
     * within the year; what to do: …". Only a criterion declares it.
     */
    Boolean recoverable();

    /**
     * The unit kinds that can only propose what closes a shortfall here, the city deciding (a ward cannot add a
     * procedure to the city's online list or merge its public service units); empty when every unit acts itself.
     */
    List<String> proposes();


    /** The name of a check's rule in traces and audits: {@code "<code>: <what it checks>"}. */
    default String ruleName(Check check) {
        return code() + ": " + check.rule().en();
    }

    /** The scheme that scores the criterion, if a typical one does. */
    default java.util.Optional<Check> scoring() {
        return checks().stream().filter(c -> c.scheme().scores()).findFirst();
    }

    /**
     * One typical rule of an item: the generic rule of {@code scheme} applied to {@code measure}.
     *
     * @param rule      what it checks, for people: the rule is named {@code "<code>: <rule>"} in traces and audits
     * @param measure   the rate, count group, value or survey figure judged; by default the item's first input
     * @param parameter the parameter compared with; by default the scheme's
     * @param message   the message key written; by default the scheme's
     * @param count     for schemes on one count of a group, its name
     * @param whenNone  for a scoring check, the points when the measure has nothing to divide by ({@code full} or
     *                  {@code zero}); {@code null}: the item cannot be evaluated then
     * @param follows   with {@code whenNone: full}, the criterion that the item's parameter {@value #NONE_FOLLOWS} (percent) of
     *                  its points follow when there is nothing to divide by; the rest stays full
     */
    public record Check(Scheme scheme, io.github.parsipas.text.Text rule, String measure, @Nullable String parameter, @Nullable String message, @Nullable String count, @Nullable WhenNone whenNone,
                        @Nullable String follows) {

        /** The parameter of an item whose check {@code follows} another criterion: the share of its points that follow it then. */
        public static final String NONE_FOLLOWS = "noneFollows";

        /** The points a scoring check gives when its rate has nothing to divide by. */
        public enum WhenNone {
            FULL, ZERO;

            @com.fasterxml.jackson.annotation.JsonValue
            public String code() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        /** The message keys the check may write; a deadline-bound {@link Scheme#BELOW} writes at risk or missed. */
        public List<String> messages(boolean deadline) {
            if (message != null) {
                return List.of(message);
            }
            return scheme == Scheme.BELOW && deadline ? List.of(Scheme.AT_RISK, Scheme.MISSED) : scheme.messages();
        }

        Check withDefaults(List<String> inputs) {
            return new Check(scheme, rule, measure != null || inputs.isEmpty() ? measure : inputs.get(0),
                    parameter != null ? parameter : scheme.defaultParameter(), message, count, whenNone, follows);
        }
    }

    /** True when a unit of this kind with these lead roles is asked for the item. */
    default boolean appliesTo(String unitKind, List<String> leadRoles) {
        return appliesTo().contains(unitKind) && (roles().isEmpty() || roles().stream().anyMatch(leadRoles::contains));
    }

    /**
     * The periods of a periodic report: monthly from {@code firstPeriod}, and quarterly from
     * {@code quarterlyFrom} when set (a quarter's report replaces its months').
     */
    public record Schedule(java.time.YearMonth firstPeriod, java.time.@Nullable YearMonth quarterlyFrom) {

        /** True when {@code label} ({@code 2025-10} or {@code 2026-Q1}) is one of the schedule's periods. */
        public boolean has(String label) {
            if (label.contains("-Q")) {
                java.time.YearMonth start = java.time.YearMonth.of(Integer.parseInt(label.substring(0, 4)),
                        (Integer.parseInt(label.substring(6)) - 1) * 3 + 1);
                return quarterlyFrom != null && !start.isBefore(quarterlyFrom) && !start.plusMonths(2).isBefore(firstPeriod);
            }
            java.time.YearMonth month = java.time.YearMonth.parse(label);
            return !month.isBefore(firstPeriod) && (quarterlyFrom == null || month.isBefore(quarterlyFrom));
        }
    }

    public enum Kind {
        TARGET, CRITERION;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
