/**
 * Words for people: texts in Vietnamese and English and the engine's messages.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.text;

import org.jspecify.annotations.NullMarked;
