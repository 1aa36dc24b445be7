package io.github.parsipas.facts;

import java.math.BigDecimal;

/** A percentage observed in the snapshot that a criterion can be scored on: a rate of counts, or a survey result. */
public interface Share extends Fact {

    /** What is measured: a rate's count group, a survey figure's section. */
    String measure();

    /** True when the share is strictly below {@code percent} %. */
    boolean isBelow(BigDecimal percent);

    /** The share in percent, to six decimals, for pro-rata and linear scoring. */
    BigDecimal exactPercent();

    /** The observation for people, e.g. {@code 97.90% (979/1000)}. */
    String observed();

    /** Where in the snapshot it comes from. */
    String path();

    /** The part of the unit it concerns, or {@code all}. */
    String scope();
}
