/**
 * The output: the report, its findings and scores, and its JSON, Markdown and HTML forms.
 * Every type is null-marked: what may be null says so with {@code @Nullable}.
 */
@NullMarked
package io.github.parsipas.report;

import org.jspecify.annotations.NullMarked;
