package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an audit sees it: its name, the criterion it decides, the source it cites, and what it checks for people
 * (the name after its code, in each language; {@code null} for a written rule that does not say it in Vietnamese,
 * which {@code RuleSetAuditTest} refuses).
 */
public record RuleInfo(String name, @Nullable String criterion, @Nullable String source, @Nullable Text description) {
}
