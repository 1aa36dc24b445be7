/**
 * Many units: batch input, batch runs and series over periods.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.batch;

import org.jspecify.annotations.NullMarked;
