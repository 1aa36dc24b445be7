package io.github.parsipas.facts;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;

import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A pack item that applies to the unit, with its parameters resolved at the evaluation date.
 * Only applicable items with all their inputs present are inserted, so rules never see the others.
 * It describes itself (in traces and explanations) by the values its checks and rules read ({@link #applied()}),
 * not by every parameter in force for its pack.
 */
public final class Requirement implements Fact {

    private final Item item;
    private final LocalDate asOf;
    private final @Nullable String version;
    private final Map<String, DatedValue> parameters;
    private final List<Applied> applied;
    /** Described once, before sessions share the requirement ({@code Plans}): every rule firing on it traces it. */
    private @Nullable String description;

    /**
     * A value a requirement's checks or rules read, as the evaluation applies it: a parameter (in force from
     * {@code from}, or under method {@code version}), the criterion's {@code maxPoints} as scored or its {@code bands}
     * ({@code value} {@code null}: the item's scale), with its status under the method version in use.
     */
    public record Applied(String name, @Nullable BigDecimal value, @Nullable String unit, Status status, @Nullable LocalDate from, @Nullable String version,
                          io.github.parsipas.text.Text source) {
    }

    /**
     * @param version    the version of the item's official method applied, or {@code null} for a pack without versions
     * @param parameters every parameter in force for the item (its own, its pack's and its index's), for its rules and messages
     * @param applied    those its checks and rules read, with the criterion's maximum and bands, in the order described
     */
    public Requirement(Item item, LocalDate asOf, @Nullable String version, Map<String, DatedValue> parameters, List<Applied> applied) {
        this.item = item;
        this.asOf = asOf;
        this.version = version;
        this.parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        this.applied = List.copyOf(applied);
    }

    public String getCode() {
        return item.code();
    }

    public Item item() {
        return item;
    }

    /** The version of the official method applied, or {@code null}. */
    public @Nullable String version() {
        return version;
    }

    /** The value of a parameter in force at the evaluation date. */
    public BigDecimal param(String name) {
        DatedValue value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException(item.code() + " has no value of parameter " + name + " in force on " + asOf);
        }
        return value.value();
    }

    public Map<String, DatedValue> parameters() {
        return parameters;
    }

    /** The values the item's checks and rules read, as applied: what traces and explanations show. */
    public List<Applied> applied() {
        return applied;
    }

    public @Nullable LocalDate getDeadline() {
        return item.deadline();
    }

    /** True when the item has a deadline and the evaluation date is after it. */
    public boolean isPastDeadline() {
        return item.deadline() != null && asOf.isAfter(item.deadline());
    }

    /** Days from the evaluation date to the deadline; negative once past it. */
    public long daysToDeadline() {
        return ChronoUnit.DAYS.between(asOf, item.deadline());
    }

    @Override
    public String describe(Language language) {
        if (language != Language.EN) {
            return describeNow(language);
        }
        if (description == null) { // the trace's, once per evaluation however many rules match the requirement
            description = describeNow(language);
        }
        return description;
    }

    private String describeNow(Language language) {
        StringBuilder text = new StringBuilder(item.code());
        if (version != null) {
            text.append(" (").append(version).append(")");
        }
        for (Applied a : applied) {
            Arg basis = a.version() != null ? Messages.arg("fact.under", Map.of("version", Described.verbatim(a.version())))
                    : a.from() != null ? Messages.arg("fact.from", Map.of("from", Described.date(a.from()))) : Described.verbatim("");
            text.append(Described.format("applied", Map.of("name", Described.verbatim(a.name()),
                    "value", a.value() != null ? Described.number(a.value()) : Described.verbatim(bands(language)),
                    // the English trace keeps the status's code, as the JSON report writes statuses
                    "status", Described.verbatim(language == Language.EN ? a.status().code() : a.status().label(language)),
                    "basis", basis, "source", Arg.text(a.source())), language));
        }
        if (item.deadline() != null) {
            text.append(Described.format("requirementDeadline", Map.of("deadline", Described.date(item.deadline())), language));
        }
        return text.toString();
    }

    private String bands(Language language) {
        StringBuilder text = new StringBuilder();
        item.bands().steps().forEach(b -> text.append(text.length() == 0 ? "" : "; ").append(Described.format("band",
                Map.of("atLeast", Described.number(b.atLeast()), "share", Described.number(b.share())), language)));
        return text.toString();
    }
}
