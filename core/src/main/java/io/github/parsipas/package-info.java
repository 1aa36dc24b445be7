/**
 * Evaluating a snapshot against the rule set: {@link io.github.parsipas.Evaluator}.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas;

import org.jspecify.annotations.NullMarked;
