/**
 * The input: one unit's data snapshot, how it is read and checked.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.snapshot;

import org.jspecify.annotations.NullMarked;
