package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Scheme;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One typical check of a requirement (a {@code checks} entry of its pack item): the generic rule of its
 * scheme joins it to its measure. It names itself after the item ({@link #ruleName()}) so traces and
 * audits stay per criterion.
 */
public final class Check implements Fact {

    private final Requirement requirement;
    private final Item.Check spec;

    public Check(Requirement requirement, Item.Check spec) {
        this.requirement = requirement;
        this.spec = spec;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public Item.Check spec() {
        return spec;
    }

    public String getCode() {
        return requirement.getCode();
    }

    public Scheme getScheme() {
        return spec.scheme();
    }

    /** The rate, count group, value or survey figure judged. */
    public String getMeasure() {
        return spec.measure();
    }

    /** For schemes on one count of a group, its name. */
    public @Nullable String getCount() {
        return spec.count();
    }

    public @Nullable LocalDate getDeadline() {
        return requirement.getDeadline();
    }

    /** The value of the check's parameter in force. */
    public BigDecimal threshold() {
        return requirement.param(spec.parameter());
    }

    /** The check's parameter as a whole number (a minimum count). */
    public long minimum() {
        return threshold().longValueExact();
    }

    /** The fewest respondents a survey figure needs to be judged: the parameter of {@link Scheme#SURVEY_THIN}. */
    public long minimumRespondents() {
        return requirement.param(Scheme.SURVEY_THIN.defaultParameter()).longValueExact();
    }

    /** True when the check scores even with nothing to divide by (full or zero points). */
    public boolean isScoredWhenNone() {
        return spec.whenNone() != null;
    }

    /** The rule's name in traces and audits: {@code "<code>: <what it checks>"}. */
    public String ruleName() {
        return requirement.item().ruleName(spec);
    }

    @Override
    public String describe(Language language) {
        return requirement.describe(language);
    }
}
