/**
 * The rule set: methodology packs, their items, parameters and citations.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.methodology;

import org.jspecify.annotations.NullMarked;
