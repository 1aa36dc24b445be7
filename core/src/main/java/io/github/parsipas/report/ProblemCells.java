package io.github.parsipas.report;

import io.github.parsipas.methodology.Status;

import io.github.parsipas.methodology.Agency;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.report.Block.Span;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The cells of a problem's row in a report for people, in one language: what it misses, wins back, who leads, what to do. */
final class ProblemCells {

    private final Report report;
    private final Language language;

    ProblemCells(Report report, Language language) {
        this.report = report;
        this.language = language;
    }

    /**
     * The points closing a problem wins back: per index when it was evaluated again with its gap closed
     * ({@code PAR 0,95; 766 2,1}), else the points its deductions can recover.
     */
    String wonBack(Problem p) {
        if (p.wonBack() != null && !p.wonBack().isEmpty()) {
            return String.join("; ", p.wonBack().entrySet().stream().map(e -> e.getKey() + " " + Wording.number(e.getValue(), language)).toList());
        }
        return p.pointsRecoverable() == null ? "" : Wording.number(p.pointsRecoverable(), language);
    }

    /** How far from the threshold, and the pace needed by the deadline: {@code ; còn thiếu 18.900, ≈ 310/ngày}. */
    String gap(Problem p) {
        if (p.gap() == null) {
            return "";
        }
        long days = p.due() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(report.asOf(), p.due());
        // A pace under one a day says nothing an officer can use.
        String pace = days > 0 && p.gap() >= days ? ", ≈ " + language.number((p.gap() + days - 1) / days) + Messages.get("report.perDay", language) : "";
        return "; " + Messages.get("report.short", language) + " " + language.number(p.gap()) + pace;
    }

    /** Where the rate was at the previous observation: {@code ; tăng từ 38,50% (30/09/2025)}. */
    String trend(Problem p) {
        if (p.earlier() == null) {
            return "";
        }
        int direction = p.earlier().change().signum();
        String word = Messages.get(direction > 0 ? "report.up" : direction < 0 ? "report.down" : "report.unchanged", language);
        return "; " + word + " " + language.number(p.earlier().percent()) + "% (" + language.date(p.earlier().asOf()) + ")";
    }

    /** The lead, and who works with it: {@code STC (phối hợp: SNV)}. */
    String leads(Problem p) {
        return lead(p) + (p.coordinating().isEmpty() ? ""
                : " (" + Messages.get("report.with", language) + ": " + String.join(", ", p.coordinating().stream().map(Agency::code).toList()) + ")");
    }

    /**
     * The lead, marked where the officer reads it when no requirement of the problem names it for sure
     * ({@code SNV [suy luận]}: read off the plan's duties, not named by it).
     */
    String lead(Problem p) {
        List<Finding> leading = findings(p).stream().filter(f -> f.lead().code().equals(p.lead().code())).toList();
        boolean confirmed = leading.isEmpty() || leading.stream().anyMatch(f -> f.leadBasis() == Status.CONFIRMED);
        return p.lead().code() + (confirmed ? "" : " [" + leading.get(0).leadBasis().label(language) + "]");
    }

    /** The nearest deadline, marked when it is our reading of the plan's year, not the plan's date: {@code 31/12/2025 [suy luận]}. */
    String due(Problem p) {
        if (p.due() == null) {
            return "";
        }
        return language.date(p.due()) + findings(p).stream().filter(f -> p.due().equals(f.due())).flatMap(f -> f.unconfirmed().stream())
                .filter(u -> "deadline".equals(u.value())).map(u -> " [" + u.status().label(language) + "]").findFirst().orElse("");
    }

    private List<Finding> findings(Problem p) {
        return p.findings().stream().map(report.findings()::get).toList();
    }

    /** What to do; when the unit can only propose it, said first. */
    List<Span> action(Problem p) {
        return p.proposeOnly() ? List.of(raw(Messages.get("report.proposeOnly", language)), text(p.action().in(language))) : List.of(text(p.action().in(language)));
    }

    /** A problem's title, with its field or group when it has one. */
    List<Span> content(Problem p) {
        return List.of(text(p.title().in(language) + (p.scope().equals("all") ? "" : " (" + scopeName(p) + ")")));
    }

    /** The codes a problem misses: a criterion with the points it costs, a target with what it requires. */
    List<Span> misses(Problem p) {
        boolean dated = deadline(p);
        List<Span> spans = new ArrayList<>();
        for (Problem.Miss m : p.misses()) {
            // A criterion shows what it costs; a target its threshold or deadline; a 2024 weakness its code alone.
            String detail = m.pointsLost() != null
                    ? "−" + Wording.number(m.pointsLost(), language) + " " + pointsWord(m.pointsLost()) + (estimated(m.code()) ? " (" + Messages.get("report.lostEstimate", language) + ")" : "")
                            + nextBand(m)
                    : m.required() != null && (dated || m.threshold() != null && m.threshold().isBound()) ? m.required().in(language) : "";
            if (!spans.isEmpty()) {
                spans.add(raw("; "));
            }
            spans.add(new Span(m.code(), Span.Style.STRONG));
            if (!detail.isEmpty()) {
                spans.add(text(" " + detail));
            }
        }
        return spans;
    }

    /**
     * For a criterion scored on provisional bands, the edge just above its rate and what reaching it wins back: a rate
     * just under an edge (99,76% under 100%) loses a whole band, and the officer should know that the cut is ours.
     */
    private String nextBand(Problem.Miss m) {
        if (m.threshold() == null || m.threshold().scale() != Threshold.Scale.BANDS || m.threshold().bands() == null
                || m.measure() == null || m.measure().percent() == null) {
            return "";
        }
        java.util.Optional<CriterionScore> criterion = report.criteria().stream().filter(c -> c.code().equals(m.code())).findFirst();
        boolean provisional = criterion.map(c -> c.unconfirmed().stream().anyMatch(u -> "bands".equals(u.value()) && u.status() != null)).orElse(false);
        BigDecimal rate = m.measure().percent();
        java.util.Optional<io.github.parsipas.methodology.Band> next = m.threshold().bands().stream()
                .filter(b -> b.atLeast().compareTo(rate) > 0).min(java.util.Comparator.comparing(io.github.parsipas.methodology.Band::atLeast));
        if (!provisional || next.isEmpty()) {
            return "";
        }
        BigDecimal now = m.threshold().bands().stream().filter(b -> b.atLeast().compareTo(rate) <= 0).map(io.github.parsipas.methodology.Band::share)
                .max(java.util.Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        BigDecimal gain = criterion.get().maxPoints().multiply(next.get().share().subtract(now));
        return "; " + Messages.format("report.nextBand", java.util.Map.of("edge", io.github.parsipas.text.Template.Arg.plain(next.get().atLeast()),
                "points", io.github.parsipas.text.Template.Arg.plain(gain), "pointsWord", io.github.parsipas.text.Template.Arg.verbatim(pointsWord(gain))), language);
    }

    /** True for a criterion of an area the method does not score for this unit: its points are an estimate. */
    private boolean estimated(String code) {
        java.util.Set<Integer> estimates = new java.util.HashSet<>();
        report.areas().stream().filter(a -> !a.official()).forEach(a -> estimates.add(a.area()));
        return report.criteria().stream().anyMatch(c -> c.code().equals(code) && c.area() != null && estimates.contains(c.area()));
    }

    /** A field's or group's name, or a report's period in words. */
    private String scopeName(Problem p) {
        return p.scopeName() != null ? p.scopeName().in(language) : Wording.period(p.scope(), language);
    }

    /** A problem on a dated list: a task, report, deliverable or document with its deadline. */
    static boolean deadline(Problem p) {
        return p.input() != null && io.github.parsipas.snapshot.DatedList.fromCode(p.input().group()).isPresent();
    }

    /** {@code điểm}; in English {@code point} for one, {@code points} otherwise. */
    private String pointsWord(BigDecimal points) {
        return language == Language.EN && points.compareTo(BigDecimal.ONE) == 0 ? "point" : Messages.get("report.pointsWord", language);
    }

    private static Span text(String text) {
        return Span.text(text);
    }

    private static Span raw(String text) {
        return Span.raw(text);
    }
}
