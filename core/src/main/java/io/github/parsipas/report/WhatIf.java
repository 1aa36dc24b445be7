package io.github.parsipas.report;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One snapshot evaluated before and after a set of changes to its counts ("on time in Đất đai to 98.5%"):
 * what each index and criterion gains or loses, and which problems close or open.
 *
 * @param changes each count changed (its path) and its new value, in the order given
 */
public record WhatIf(Map<String, Long> changes, Report before, Report after) {

    public WhatIf {
        changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
    }

    /** Points before and after, of an index (a forecast's points, an index's total) or a criterion. */
    public record Delta(String code, Text name, @Nullable BigDecimal before, @Nullable BigDecimal after) {
        /** After less before; {@code null} when either side is missing. */
        public @Nullable BigDecimal difference() {
            return before == null || after == null ? null : after.subtract(before);
        }
    }

    /** The forecast's points (city snapshots: the index by areas it forecasts) and each index, before and after. */
    public List<Delta> indices() {
        List<Delta> deltas = new ArrayList<>();
        ParForecast named = before.forecast() != null ? before.forecast() : after.forecast();
        if (named != null) {
            deltas.add(new Delta(named.index(), named.indexName(),
                    before.forecast() == null ? null : before.forecast().points(), after.forecast() == null ? null : after.forecast().points()));
        }
        Map<String, IndexScore> a = new TreeMap<>();
        after.indices().forEach(i -> a.put(i.code(), i));
        before.indices().forEach(i -> deltas.add(new Delta(i.code(), i.name(), i.points(), a.containsKey(i.code()) ? a.get(i.code()).points() : null)));
        return deltas;
    }

    /** The criteria whose points changed, by code. */
    public List<Delta> criteria() {
        Map<String, CriterionScore> b = new TreeMap<>();
        before.criteria().forEach(c -> b.put(c.code(), c));
        Map<String, CriterionScore> a = new TreeMap<>();
        after.criteria().forEach(c -> a.put(c.code(), c));
        java.util.SortedSet<String> codes = new java.util.TreeSet<>(b.keySet());
        codes.addAll(a.keySet());
        List<Delta> deltas = new ArrayList<>();
        for (String code : codes) {
            BigDecimal pb = b.containsKey(code) ? b.get(code).points() : null;
            BigDecimal pa = a.containsKey(code) ? a.get(code).points() : null;
            if (!Objects.equals(pb, pa)) {
                deltas.add(new Delta(code, (b.containsKey(code) ? b.get(code) : a.get(code)).name(), pb, pa));
            }
        }
        return deltas;
    }

    /** Problems of the snapshot that the changes close (none of their requirements missed any more). */
    public List<Problem> closed() {
        return missing(before.problems(), after.problems());
    }

    /** Problems the changes open. */
    public List<Problem> opened() {
        return missing(after.problems(), before.problems());
    }

    private static List<Problem> missing(List<Problem> in, List<Problem> from) {
        return in.stream().filter(p -> from.stream().noneMatch(q -> Objects.equals(q.path(), p.path()) && q.scope().equals(p.scope()))).toList();
    }

    /** For people, in {@code language}: the changes, the indices and criteria that move, the problems that close or open. */
    public String markdown(Language language) {
        boolean vi = language == Language.VI;
        StringBuilder out = new StringBuilder("## ").append(vi ? "Nếu thay đổi" : "If changed").append("\n\n");
        changes.forEach((path, value) -> out.append("- `").append(path).append("` = ").append(language.number(value)).append('\n'));
        out.append("\n| ").append(vi ? "Chỉ số, tiêu chí" : "Index, criterion").append(" | ").append(vi ? "Trước" : "Before").append(" | ")
                .append(vi ? "Sau" : "After").append(" | Δ |\n|---|---:|---:|---:|\n");
        List<Delta> rows = new ArrayList<>(indices());
        rows.addAll(criteria());
        for (Delta d : rows) {
            out.append("| ").append(Markdown.escape(d.code())).append(' ').append(Markdown.escape(d.name().in(language))).append(" | ")
                    .append(points(d.before(), language)).append(" | ").append(points(d.after(), language)).append(" | ")
                    .append(d.difference() == null ? "" : (d.difference().signum() > 0 ? "+" : "") + points(d.difference(), language)).append(" |\n");
        }
        problems(out, vi ? "Vấn đề được giải quyết" : "Problems closed", closed(), language);
        problems(out, vi ? "Vấn đề mới" : "Problems opened", opened(), language);
        return out.toString();
    }

    private static void problems(StringBuilder out, String title, List<Problem> problems, Language language) {
        out.append("\n").append(title).append(" (").append(problems.size()).append(")").append(problems.isEmpty() ? "\n" : ":\n");
        problems.forEach(p -> out.append("- ").append(Markdown.escape(p.title().in(language)))
                .append(p.scope().equals("all") ? "" : " (" + Markdown.escape(p.scopeName() == null ? p.scope() : p.scopeName().in(language)) + ")")
                .append(": ").append(String.join(", ", p.misses().stream().map(Problem.Miss::code).toList())).append('\n'));
    }

    private static String points(BigDecimal value, Language language) {
        return value == null ? "—" : language.number(value.stripTrailingZeros());
    }
}
