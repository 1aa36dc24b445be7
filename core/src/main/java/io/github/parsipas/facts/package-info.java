/**
 * The contract between the rules (DRL) and the engine: the facts rules match on and the {@link
 * io.github.parsipas.facts.Outcome} they report to. For rule authors, not for callers of the library; it
 * may change between minor versions.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.facts;

import org.jspecify.annotations.NullMarked;
