package io.github.parsipas.methodology;

/** A rule as an audit sees it: its name, the criterion it decides and the source it cites. */
public record RuleInfo(String name, String criterion, String source) {
}
