package io.github.parsipas.facts;

import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.Item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pack item that applies to the unit, with its parameters resolved at the evaluation date.
 * Only applicable items with all their inputs present are inserted, so rules never see the others.
 */
public final class Requirement implements Fact {

    private final Item item;
    private final LocalDate asOf;
    private final String version;
    private final Map<String, DatedValue> parameters;
    /** Described once, before sessions share the requirement ({@code Plans}): every rule firing on it traces it. */
    private String description;

    /** @param version the version of the item's official method applied, or {@code null} for a pack without versions */
    public Requirement(Item item, LocalDate asOf, String version, Map<String, DatedValue> parameters) {
        this.item = item;
        this.asOf = asOf;
        this.version = version;
        this.parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public String getCode() {
        return item.code();
    }

    public Item item() {
        return item;
    }

    /** The version of the official method applied, or {@code null}. */
    public String version() {
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

    public LocalDate getDeadline() {
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
    public String describe() {
        if (description == null) {
            description = describeNow();
        }
        return description;
    }

    private String describeNow() {
        StringBuilder text = new StringBuilder(item.code());
        parameters.forEach((name, v) -> text.append(", ").append(name).append(" = ").append(v.value().toPlainString())
                .append(" (").append(v.status().code()).append(", from ").append(v.from()).append(", ").append(v.source()).append(")"));
        if (item.deadline() != null) {
            text.append(", deadline ").append(item.deadline());
        }
        return text.toString();
    }
}
