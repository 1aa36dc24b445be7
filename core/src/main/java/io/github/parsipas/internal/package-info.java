/**
 * The engine: evaluation, the rule base, findings and report assembly. Not API: anything here may change
 * in any release. Callers use {@link io.github.parsipas.Evaluator}; rule authors use {@link io.github.parsipas.facts}.
 */
package io.github.parsipas.internal;
