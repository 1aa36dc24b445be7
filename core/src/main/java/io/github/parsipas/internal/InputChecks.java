package io.github.parsipas.internal;

import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.snapshot.InputProblem;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.snapshot.InvalidInputException;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.Survey;
import io.github.parsipas.snapshot.SurveyInput;
import java.util.function.Function;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks of a snapshot that need the methodology: agency codes, the codes and periods of deliverables and
 * reports, and the codes of published points. A code the packs do not know would otherwise be silently ignored.
 */
final class InputChecks {

    private InputChecks() {
    }

    static void check(Methodology methodology, Snapshot snapshot, Function<SurveyInput, Optional<SurveyScores.Scale>> scales) {
        List<InputProblem> problems = new ArrayList<>();
        for (SurveyInput declared : methodology.layout().surveys()) {
            Survey survey = snapshot.surveys().get(declared.path());
            Optional<SurveyScores.Scale> scale = scales.apply(declared);
            if (survey == null || scale.isEmpty()) {
                continue; // no scale in force: the survey's items say they cannot evaluate it
            }
            int levels = scale.get().levels();
            List<Survey.Question> questions = new ArrayList<>();
            survey.elements().values().forEach(questions::addAll);
            if (survey.policy() != null) {
                survey.policy().forEach(g -> questions.addAll(g.questions()));
            }
            questions.stream().filter(q -> q.answers().size() != levels).forEach(q -> problems.add(InputProblem.of(
                    q.path() + ".answers", q.answers().size() + " counts", "input.expected.answers", Map.of("levels", Arg.verbatim(String.valueOf(levels))))));
        }
        List<String> roles = snapshot.unit().leadRoles();
        for (int i = 0; i < roles.size(); i++) {
            if (!methodology.agencies().containsKey(roles.get(i))) {
                problems.add(InputProblem.of("$.unit.leadRoles[" + i + "]", "\"" + roles.get(i) + "\"", "input.expected.agency",
                        Map.of("values", Arg.verbatim(String.join(", ", methodology.agencies().keySet())))));
            }
        }
        if (snapshot.deliverables() != null) {
            for (int i = 0; i < snapshot.deliverables().size(); i++) {
                String code = snapshot.deliverables().get(i).code();
                if (itemWithInput(methodology, code, DatedList.DELIVERABLES).isEmpty()) {
                    problems.add(InputProblem.of("$.deliverables[" + i + "].code", "\"" + code + "\"", "input.expected.deliverable",
                            Map.of("values", Arg.verbatim(codesWithInput(methodology, DatedList.DELIVERABLES)))));
                }
            }
        }
        if (snapshot.reports() != null) {
            for (int i = 0; i < snapshot.reports().size(); i++) {
                var report = snapshot.reports().get(i);
                Optional<Item> item = itemWithInput(methodology, report.code(), DatedList.REPORTS);
                if (item.isEmpty()) {
                    problems.add(InputProblem.of("$.reports[" + i + "].code", "\"" + report.code() + "\"", "input.expected.report",
                            Map.of("values", Arg.verbatim(codesWithInput(methodology, DatedList.REPORTS)))));
                } else if (!item.get().schedule().has(report.period())) {
                    java.time.YearMonth quarterly = item.get().schedule().quarterlyFrom();
                    problems.add(InputProblem.of("$.reports[" + i + "].period", "\"" + report.period() + "\"",
                            quarterly == null ? "input.expected.scheduleMonthly" : "input.expected.scheduleQuarterly",
                            Map.of("report", Arg.verbatim(report.code()), "first", Arg.verbatim(item.get().schedule().firstPeriod().toString()),
                                    "quarterly", Arg.verbatim(String.valueOf(quarterly)))));
                }
            }
        }
        Reconciliation.check(methodology, snapshot.reported(), problems);
        snapshot.reportedQuality().keySet().stream().filter(code -> Reconciliation.target(methodology, code).isEmpty())
                .forEach(code -> problems.add(InputProblem.of("$.reportedQuality['" + code + "']", "\"" + code + "\"", "input.expected.qualityCode", Map.of())));
        // a share given for a group stands for its counts: both would say the same twice, perhaps differently
        methodology.layout().values().stream().filter(v -> v.shareOf() != null && snapshot.values().containsKey(v.path())
                        && snapshot.counts().containsKey(v.shareOf()))
                .forEach(v -> problems.add(InputProblem.of("$." + v.path(), snapshot.values().get(v.path()).toPlainString(), "input.expected.shareOrCounts",
                        Map.of("group", Arg.verbatim("$." + v.shareOf())))));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("unit " + snapshot.unit().id(), problems);
        }
    }

    private static Optional<Item> itemWithInput(Methodology methodology, String code, DatedList list) {
        return methodology.item(code).filter(item -> item.inputs().contains(list.code()));
    }

    private static String codesWithInput(Methodology methodology, DatedList list) {
        return String.join(", ", methodology.items().values().stream().filter(i -> i.inputs().contains(list.code())).map(Item::code).toList());
    }
}
