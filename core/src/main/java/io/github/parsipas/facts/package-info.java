/**
 * The contract between the rules (DRL) and the engine: the facts rules match on and the {@link
 * io.github.parsipas.facts.Outcome} they report to. For rule authors, not for callers of the library; it
 * may change between minor versions.
 */
package io.github.parsipas.facts;
