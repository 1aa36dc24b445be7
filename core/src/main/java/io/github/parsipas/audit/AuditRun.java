package io.github.parsipas.audit;

import java.util.List;

/** The fixtures of a folder, each with its outcome, and what they cover. */
public record AuditRun(List<FixtureResult> results, Coverage coverage) {

    public AuditRun {
        results = List.copyOf(results);
    }

    public long failed() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    /** A summary for people: the count, each failure with expected vs actual, then coverage. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (FixtureResult result : results) {
            text.append(result.passed() ? "PASS  " : "FAIL  ").append(result.fixture().name())
                    .append("  (").append(result.fixture().file()).append(")\n");
            result.failures().forEach(f -> text.append("      - ").append(f.replace("\n", "\n        ")).append('\n'));
        }
        text.append('\n').append(results.size() - failed()).append(" passed, ").append(failed()).append(" failed\n");
        text.append("\nRule coverage\n");
        line(text, "rules that never found anything (criteria: never deducted)", coverage.neverFired());
        line(text, "rules never shown silent on present data", coverage.neverSilentOnPresentData());
        line(text, "  of which never judged (data always missing or not asked)", coverage.onlyNotEvaluable());
        line(text, "criteria and targets no rule decides", coverage.itemsWithoutRule());
        return text.toString();
    }

    private static void line(StringBuilder text, String label, List<String> names) {
        text.append("  ").append(label).append(names.isEmpty() ? ": none" : ":").append('\n');
        names.forEach(n -> text.append("    - ").append(n).append('\n'));
    }
}
