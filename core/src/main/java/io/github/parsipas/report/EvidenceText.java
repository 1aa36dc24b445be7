package io.github.parsipas.report;

import io.github.parsipas.methodology.Band;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;

import java.util.Map;
import java.util.TreeMap;

/** The sentences of evidence, written from its numbers in the reader's language (messages {@code observed.*}, {@code required.*}). */
final class EvidenceText {

    private static final Text EMPTY = new Text("", "");

    private EvidenceText() {
    }

    /** What was observed: {@code 97,90% (479/489)}, {@code 14 trường hợp}, {@code chưa hoàn thành đến ngày 31/10/2025}. */
    static Text observed(Measure measure) {
        return measure == null ? EMPTY : observedArg(measure).both();
    }

    private static Arg observedArg(Measure m) {
        Map<String, Arg> values = new TreeMap<>();
        String key = switch (m.kind()) {
            case RATE -> {
                values.put("percent", Arg.percent(m.percent()));
                values.put("numerator", Arg.count(m.numerator()));
                values.put("denominator", Arg.count(m.denominator()));
                yield "observed.rate";
            }
            case NONE -> "observed.none";
            case COUNT -> {
                values.put("count", Arg.count(m.count()));
                yield Measure.CASES.equals(m.unit()) ? "observed.cases" : "observed.count";
            }
            case COUNT_OF -> {
                values.put("count", Arg.count(m.numerator()));
                values.put("total", Arg.count(m.denominator()));
                yield "observed.countOf";
            }
            case VALUE -> {
                values.put("value", Measure.PERCENT.equals(m.unit()) ? Arg.percent(m.value()) : Arg.number(m.value()));
                yield "observed.value";
            }
            case SURVEY -> {
                values.put("percent", Arg.percent(m.percent()));
                values.put("respondents", Arg.count(m.respondents()));
                yield "observed.survey";
            }
            case GIVEN -> {
                values.put("percent", Arg.percent(m.percent()));
                yield "observed.given";
            }
            case DATE -> {
                if (m.done() != null) {
                    values.put("done", Arg.date(m.done()));
                    yield "observed.doneOn";
                }
                values.put("asOf", Arg.date(m.asOf()));
                yield "observed.notDone";
            }
            case ABSENT -> "observed.absent";
        };
        Arg observed = Messages.arg(key, values);
        if (m.before() == null) {
            return observed;
        }
        Map<String, Arg> trend = new TreeMap<>();
        trend.put("now", observed);
        trend.put("before", Arg.percent(m.before()));
        trend.put("beforeAsOf", Arg.date(m.beforeAsOf()));
        trend.put("projected", Arg.percent(m.projected()));
        trend.put("projectedOn", Arg.date(m.projectedOn()));
        return Messages.arg("observed.trend", trend);
    }

    /** What was required: {@code ≥ 98%}, a criterion's scale, {@code hoàn thành trước hạn 30/11/2025}; empty when nothing. */
    static Text required(Measure measure, Threshold threshold) {
        return threshold == null ? EMPTY : requiredArg(measure, threshold).both();
    }

    private static Arg requiredArg(Measure measure, Threshold t) {
        Map<String, Arg> values = new TreeMap<>();
        if (t.scale() != null) {
            return switch (t.scale()) {
                case PRO_RATA -> {
                    values.put("value", Arg.plain(t.value()));
                    yield Messages.arg("scale.proRata", values);
                }
                case LINEAR -> Messages.arg("scale.linear");
                case BANDS -> bands(t);
                case VIOLATIONS -> {
                    values.put("perCase", Arg.plain(t.perCase()));
                    yield Messages.arg("scale.violations", values);
                }
                case FULL_WHEN_NONE -> Messages.arg("scale.fullWhenNone");
                case ZERO_WHEN_NONE -> Messages.arg("scale.zeroWhenNone");
                case SHARED_WHEN_NONE -> {
                    values.put("value", Arg.plain(t.value()));
                    yield Messages.arg("scale.sharedWhenNone", values);
                }
            };
        }
        return switch (t.comparison()) {
            case AT_LEAST -> {
                values.put("value", Arg.plain(t.value()));
                yield Messages.arg(Measure.RESPONDENTS.equals(t.unit()) ? "required.atLeastRespondents" : "required.atLeast", values);
            }
            case ZERO -> Messages.arg("required.zero");
            case DONE_BY -> {
                values.put("due", Arg.date(t.due()));
                // Done late, the due date is what it missed; not yet done, what it must still meet.
                yield Messages.arg(measure != null && measure.done() != null ? "required.dueWas" : "required.doneBy", values);
            }
            case PRESENT -> Messages.arg("required.present");
            case WITHIN -> {
                values.put("value", Arg.number(t.value()));
                values.put("tolerance", Arg.plain(t.tolerance()));
                yield Messages.arg("required.within", values);
            }
            case RECOMPUTABLE -> Messages.arg("required.recomputable");
        };
    }

    private static Arg bands(Threshold t) {
        Arg[] steps = new Arg[t.bands().size()];
        for (int i = 0; i < steps.length; i++) {
            Band band = t.bands().get(i);
            steps[i] = Messages.arg("scale.band", Map.of("atLeast", Arg.plain(band.atLeast()), "share", Arg.plain(band.share())));
        }
        return language -> {
            StringBuilder text = new StringBuilder();
            for (Arg step : steps) {
                text.append(text.length() == 0 ? "" : "; ").append(step.in(language));
            }
            return text.toString();
        };
    }
}
