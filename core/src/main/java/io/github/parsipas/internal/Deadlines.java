package io.github.parsipas.internal;

import io.github.parsipas.facts.Deadline;
import io.github.parsipas.facts.Requirement;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.text.Language;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Text;
import io.github.parsipas.snapshot.Period;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.Snapshot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the snapshot's tasks, documents, deliverables and reports into dated facts for one plan item. */
final class Deadlines {

    private Deadlines() {
    }

    /** A period of a report schedule: {@code 2025-10} or {@code 2026-Q1}, with its last day. */
    record ScheduledPeriod(String label, LocalDate end) {
    }

    static List<Deadline> of(Item item, Requirement requirement, Snapshot snapshot) {
        long window = requirement.parameters().containsKey(DatedList.APPROACHING_WINDOW)
                ? requirement.param(DatedList.APPROACHING_WINDOW).longValueExact() : 0;
        LocalDate asOf = snapshot.asOf();
        List<Deadline> deadlines = new ArrayList<>();
        if (item.inputs().contains(DatedList.TASKS.code())) {
            for (int i = 0; i < snapshot.tasks().size(); i++) {
                Snapshot.Task t = snapshot.tasks().get(i);
                deadlines.add(new Deadline(item.code(), t.id(), Arg.verbatim(t.title()).both(), t.assignedBy(), t.due(), t.done(), asOf, window, "$.tasks[" + i + "]"));
            }
        }
        // An item that only counts another's deadlines (W3 reads T-VBQPPL's) has no time limit of its own.
        if (item.inputs().contains(DatedList.LEGAL_DOCUMENTS.code()) && requirement.parameters().containsKey(DatedList.LEGAL_DOCUMENTS.dueParameter())) {
            long days = requirement.param(DatedList.LEGAL_DOCUMENTS.dueParameter()).longValueExact();
            for (int i = 0; i < snapshot.legalDocuments().size(); i++) {
                Snapshot.LegalDocument d = snapshot.legalDocuments().get(i);
                deadlines.add(new Deadline(item.code(), d.id(), Arg.verbatim(d.title()).both(), null, d.concluded().plusDays(days), d.handled(), asOf, window,
                        "$.legalDocuments[" + i + "]"));
            }
        }
        if (item.inputs().contains(DatedList.DELIVERABLES.code())) {
            deliverable(snapshot, item.code()).ifPresent(i -> deadlines.add(new Deadline(item.code(), "once", item.name(), null,
                    item.deadline(), snapshot.deliverables().get(i).done(), asOf, window, "$.deliverables[" + i + "]")));
        }
        if (item.inputs().contains(DatedList.REPORTS.code())) {
            long dueDays = requirement.param(DatedList.REPORTS.dueParameter()).longValueExact();
            List<ScheduledPeriod> backlog = new ArrayList<>();
            for (ScheduledPeriod period : periods(item.schedule(), asOf.plusDays(window).minusDays(dueDays))) {
                Optional<Integer> entry = report(snapshot, item.code(), period.label());
                LocalDate due = period.end().plusDays(dueDays);
                if (entry.isEmpty() && due.isBefore(asOf.minusYears(1))) {
                    backlog.add(period);
                    continue;
                }
                deadlines.add(new Deadline(item.code(), period.label(), period(period.label()), null, due,
                        entry.map(i -> snapshot.reports().get(i).submitted()).orElse(null), asOf, window,
                        entry.map(i -> "$.reports[" + i + "]").orElse("$.reports")));
            }
            if (!backlog.isEmpty()) {
                // Reports missing for more than a year are one overdue entry, however many periods: a report grows
                // with what the snapshot lists, never with how far asOf lies from the schedule's start.
                String span = backlog.get(0).label() + "…" + backlog.get(backlog.size() - 1).label();
                Text spanName = Messages.text("reports.backlog", Map.of("first", Arg.text(period(backlog.get(0).label())),
                        "last", Arg.text(period(backlog.get(backlog.size() - 1).label())), "count", Arg.count(backlog.size())));
                deadlines.add(new Deadline(item.code(), span, spanName, null,
                        backlog.get(0).end().plusDays(dueDays), null, asOf, window, "$.reports"));
            }
        }
        return deadlines;
    }

    /** A report period for people: {@code tháng 10/2025}, {@code October 2025}. */
    private static Text period(String label) {
        Period period = Period.parse(label).orElseThrow();
        return new Text(period.describe(Language.VI), period.describe(Language.EN));
    }

    /** The index of the snapshot's entry for a deliverable, if listed. */
    static Optional<Integer> deliverable(Snapshot snapshot, String code) {
        for (int i = 0; i < snapshot.deliverables().size(); i++) {
            if (snapshot.deliverables().get(i).code().equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> report(Snapshot snapshot, String code, String period) {
        for (int i = 0; i < snapshot.reports().size(); i++) {
            var r = snapshot.reports().get(i);
            if (r.code().equals(code) && r.period().equals(period)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The schedule's periods that end on or before {@code lastEnd}: months, then quarters from {@code quarterlyFrom}. */
    static List<ScheduledPeriod> periods(Item.Schedule schedule, LocalDate lastEnd) {
        List<ScheduledPeriod> periods = new ArrayList<>();
        YearMonth month = schedule.firstPeriod();
        while (true) {
            boolean quarterly = schedule.quarterlyFrom() != null && !month.isBefore(schedule.quarterlyFrom());
            YearMonth last = quarterly ? month.plusMonths(2 - (month.getMonthValue() - 1) % 3) : month;
            if (last.atEndOfMonth().isAfter(lastEnd)) {
                return periods;
            }
            String label = quarterly ? month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1) : month.toString();
            periods.add(new ScheduledPeriod(label, last.atEndOfMonth()));
            month = last.plusMonths(1);
        }
    }
}
