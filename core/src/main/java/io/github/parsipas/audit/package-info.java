/**
 * For auditors: fixtures run against the rules, coverage and explanations.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.audit;

import org.jspecify.annotations.NullMarked;
