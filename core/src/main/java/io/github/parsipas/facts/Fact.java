package io.github.parsipas.facts;

/** A fact the rules match on; {@link #describe()} is what an explanation shows of it. */
public interface Fact {
    String describe();
}
