package io.github.parsipas.internal;

import io.github.parsipas.facts.Counts;
import io.github.parsipas.facts.Rate;
import io.github.parsipas.facts.Trend;
import io.github.parsipas.facts.Value;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Derives facts from a snapshot, section by section; the counts stay in the snapshot, the shares come from here. */
final class Sections {

    private Sections() {
    }

    /** The dated lists an item may name as input. */
    static final List<String> LISTS = List.of("tasks", "legalDocuments", "deliverables", "reports");

    /** The SIPAS figures an item may name as input. */
    static final List<String> SURVEY = List.of("sipas", "sipas.policy", "sipas.service", "sipas.service.access",
            "sipas.service.procedures", "sipas.service.civilServants", "sipas.service.results", "sipas.service.feedback");

    /** Every section an item may name as input, in a fixed order; SIPAS figures use the survey's scale. */
    static Map<String, Section> of(Snapshot snapshot, SurveyScores.Scale scale) {
        Map<String, Section> sections = new LinkedHashMap<>();
        sections.put("tthc.fields", fields(snapshot.fields()));
        for (CountGroup group : SnapshotLayout.COUNT_GROUPS) {
            Map<String, Long> counts = snapshot.counts().get(group.path());
            if (counts == null) {
                sections.put(group.path(), Section.absent(group.path()));
                continue;
            }
            List<Object> facts = new ArrayList<>();
            facts.add(new Counts(group.path(), counts));
            Optional<Rate> rate = Measures.rate(group.path(), counts);
            rate.ifPresent(facts::add);
            trend(snapshot, group.path(), rate).ifPresent(facts::add);
            sections.put(group.path(), new Section(group.path(), true, rate.isPresent() || !Measures.hasRate(group.path()), facts));
        }
        for (String percent : SnapshotLayout.PERCENTS) {
            var value = snapshot.percents().get(percent);
            sections.put(percent, value == null ? Section.absent(percent)
                    : new Section(percent, true, true, List.of(new Value(percent, value, "$." + percent))));
        }
        List<List<?>> lists = java.util.Arrays.asList(snapshot.tasks(), snapshot.legalDocuments(), snapshot.deliverables(), snapshot.reports());
        for (int i = 0; i < LISTS.size(); i++) {
            sections.put(LISTS.get(i), list(LISTS.get(i), lists.get(i)));
        }
        Map<String, Optional<io.github.parsipas.facts.SurveyScore>> survey =
                snapshot.sipas() == null ? Map.of() : SurveyScores.of(snapshot.sipas(), scale);
        for (String name : SURVEY) {
            Optional<io.github.parsipas.facts.SurveyScore> score = survey.get(name);
            sections.put(name, score == null ? Section.absent(name)
                    : new Section(name, true, score.isPresent(), score.<List<Object>>map(List::of).orElse(List.of())));
        }
        return sections;
    }

    private static Section fields(List<Snapshot.FieldCounts> fields) {
        if (fields == null) {
            return Section.absent("tthc.fields");
        }
        List<Object> rates = new ArrayList<>();
        long onTime = 0;
        long resolved = 0;
        for (int i = 0; i < fields.size(); i++) {
            Snapshot.FieldCounts field = fields.get(i);
            onTime += field.resolvedOnTime();
            resolved += field.resolved();
            if (field.resolved() > 0) {
                rates.add(new Rate("tthc.fields", field.code(), field.name(), field.resolvedOnTime(), field.resolved(), "$.tthc.fields[" + i + "]"));
            }
        }
        // With nothing resolved in any field there is no rate to judge at all.
        if (resolved == 0) {
            return new Section("tthc.fields", true, false, List.of());
        }
        rates.add(new Rate("tthc.fields.total", "all", "Tất cả lĩnh vực", onTime, resolved, "$.tthc.fields"));
        return new Section("tthc.fields", true, true, rates);
    }

    /** The change of a rate since the previous observation, when both exist. */
    private static Optional<Trend> trend(Snapshot snapshot, String group, Optional<Rate> now) {
        if (snapshot.previous() == null || now.isEmpty() || !snapshot.previous().counts().containsKey(group)) {
            return Optional.empty();
        }
        return Measures.rate(group, snapshot.previous().counts().get(group))
                .map(before -> new Trend(group, before, snapshot.previous().asOf(), now.get(), snapshot.asOf()));
    }

    private static Section list(String name, List<?> items) {
        return items == null ? Section.absent(name) : new Section(name, true, true, List.of());
    }
}
