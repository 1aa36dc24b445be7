package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

/** A fact the rules match on; {@link #describe(Language)} is what an explanation shows of it. */
public interface Fact {

    String describe(Language language);

    /** The description the JSON report's trace carries. */
    default String describe() {
        return describe(Language.EN);
    }
}
