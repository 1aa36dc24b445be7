package io.github.parsipas.facts;

import io.github.parsipas.text.Language;

import io.github.parsipas.text.Text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Something due by a date — a task, a deliverable, a periodic report, the handling of an unlawful
 * document — judged against the evaluation date, never the clock.
 *
 * @param code        the plan item it belongs to
 * @param subject     what is due: a task id, a period, a document id
 * @param subjectName the same for people, in each language (a period reads {@code tháng 10/2025})
 * @param assignedBy  for tasks: government, prime-minister or city; else {@code null}
 * @param done        when it was done, or {@code null}
 * @param windowDays  how many days before the due date it is flagged as approaching
 * @param path        where it is in the snapshot (the list, when the entry is missing)
 */
public record Deadline(String code, String subject, Text subjectName, @Nullable String assignedBy, LocalDate due, @Nullable LocalDate done,
                       LocalDate asOf, long windowDays, String path) implements Fact {

    public boolean isOverdue() {
        return done == null && asOf.isAfter(due);
    }

    public boolean isApproaching() {
        return done == null && !asOf.isAfter(due) && daysLeft() <= windowDays;
    }

    public boolean isDoneLate() {
        return done != null && done.isAfter(due);
    }

    /** Overdue or done late: what a weakness counts. */
    public boolean isLate() {
        return isOverdue() || isDoneLate();
    }

    public long daysLeft() {
        return ChronoUnit.DAYS.between(asOf, due);
    }

    public long daysOverdue() {
        return ChronoUnit.DAYS.between(due, asOf);
    }

    public long daysLate() {
        return ChronoUnit.DAYS.between(due, done);
    }

    @Override
    public String describe(Language language) {
        return Described.format("deadline", java.util.Map.of("code", Described.verbatim(code), "subject", Described.verbatim(subject),
                "path", Described.verbatim(path), "due", Described.date(due), "asOf", Described.date(asOf),
                "state", done == null ? io.github.parsipas.text.Messages.arg("fact.deadlineNotDone")
                        : io.github.parsipas.text.Messages.arg("fact.deadlineDone", java.util.Map.of("done", Described.date(done)))), language);
    }
}
