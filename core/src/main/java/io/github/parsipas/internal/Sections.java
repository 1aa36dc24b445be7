package io.github.parsipas.internal;

import io.github.parsipas.facts.Counts;
import io.github.parsipas.facts.GivenShare;
import io.github.parsipas.facts.Rate;
import io.github.parsipas.facts.SurveyScore;
import io.github.parsipas.facts.Trend;
import io.github.parsipas.facts.Value;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;
import io.github.parsipas.text.Text;
import io.github.parsipas.snapshot.CountGroup;
import io.github.parsipas.snapshot.CountList;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.RateDefinition;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.SnapshotLayout;
import io.github.parsipas.snapshot.SurveyInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Derives facts from a snapshot, input by input, as the layout declares them: the counts stay in the
 * snapshot, the shares come from here.
 */
final class Sections {

    private Sections() {
    }

    /** Every input an item may name, in the layout's order; survey figures use each survey's scale. */
    static Map<String, Section> of(Snapshot snapshot, SnapshotLayout layout, Function<SurveyInput, Optional<SurveyScores.Scale>> scales) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (CountList list : layout.countLists()) {
            sections.put(list.path(), countList(list, snapshot.lists().get(list.path())));
        }
        for (CountGroup group : layout.countGroups()) {
            Map<String, Long> counts = snapshot.counts().get(group.path());
            if (counts == null) {
                sections.put(group.path(), givenShare(snapshot, layout, group));
                continue;
            }
            List<Object> facts = new ArrayList<>();
            facts.add(new Counts(group.path(), counts, group.rate() != null && counts.get(group.rate().whole()) == 0));
            Optional<Rate> rate = rate(group, counts);
            rate.ifPresent(facts::add);
            trend(snapshot, group, rate).ifPresent(facts::add);
            sections.put(group.path(), new Section(group.path(), true, rate.isPresent() || group.rate() == null, facts));
        }
        layout.values().forEach(input -> {
            BigDecimal value = snapshot.values().get(input.path());
            sections.put(input.path(), value == null ? Section.absent(input.path())
                    : new Section(input.path(), true, true, List.of(new Value(input.path(), value, "$." + input.path()))));
        });
        for (DatedList list : DatedList.values()) {
            sections.put(list.code(), snapshot.list(list) == null ? Section.absent(list.code())
                    : new Section(list.code(), true, true, List.of()));
        }
        for (SurveyInput survey : layout.surveys()) {
            var answers = snapshot.surveys().get(survey.path());
            Optional<SurveyScores.Scale> scale = scales.apply(survey);
            if (answers != null && scale.isEmpty()) {
                Text why = Messages.text("cannotEvaluate.noScale", Map.of("path", Arg.verbatim("$." + survey.path()), "asOf", Arg.date(snapshot.asOf())));
                survey.sections().forEach(name -> sections.put(name, Section.unscorable(name, why)));
                continue;
            }
            Map<String, Optional<SurveyScore>> scores = answers == null ? Map.of() : SurveyScores.of(survey, answers, scale.get());
            for (String name : survey.sections()) {
                Optional<SurveyScore> score = scores.get(name);
                sections.put(name, score == null ? Section.absent(name)
                        : new Section(name, true, score.isPresent(), score.<List<Object>>map(List::of).orElse(List.of())));
            }
        }
        return sections;
    }

    /** Without its counts, a group is judged on the share a source gave for it (a value with {@code shareOf}), or is absent. */
    private static Section givenShare(Snapshot snapshot, SnapshotLayout layout, CountGroup group) {
        return layout.values().stream().filter(v -> group.path().equals(v.shareOf()) && snapshot.values().containsKey(v.path())).findFirst()
                .map(v -> new Section(group.path(), true, true, List.<Object>of(new GivenShare(group.path(), snapshot.values().get(v.path()), "$." + v.path()))))
                .orElse(Section.absent(group.path()));
    }

    /** A rate per entry (measure: the list's path) and one over every entry; nothing to judge when no entry has a whole. */
    private static Section countList(CountList list, List<CountList.Entry> entries) {
        if (entries == null) {
            return Section.absent(list.path());
        }
        List<Object> rates = new ArrayList<>();
        long part = 0;
        long whole = 0;
        RateDefinition rate = list.rate();
        for (int i = 0; i < entries.size(); i++) {
            CountList.Entry entry = entries.get(i);
            part += rate.part(entry.counts());
            whole += entry.counts().get(rate.whole());
            if (entry.counts().get(rate.whole()) > 0) {
                rates.add(new Rate(list.path(), entry.code(), entry.name(), rate.part(entry.counts()), entry.counts().get(rate.whole()),
                        "$." + list.path() + "[" + i + "]"));
            }
        }
        if (whole == 0) {
            return new Section(list.path(), true, false, List.of());
        }
        rates.add(new Rate(list.totalMeasure(), "all", list.totalName(), part, whole, "$." + list.path()));
        return new Section(list.path(), true, true, rates);
    }

    /** The group's share, or empty when it has none or its whole is 0. */
    static Optional<Rate> rate(CountGroup group, Map<String, Long> counts) {
        RateDefinition rate = group.rate();
        if (rate == null || counts.get(rate.whole()) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Rate(group.path(), "all", group.path(), rate.part(counts), counts.get(rate.whole()), "$." + group.path()));
    }

    /** The rate's course through the earlier observations that have it, when there are any. */
    private static Optional<Trend> trend(Snapshot snapshot, CountGroup group, Optional<Rate> now) {
        if (now.isEmpty()) {
            return Optional.empty();
        }
        List<Trend.Point> earlier = new ArrayList<>();
        for (Snapshot.Observation observation : snapshot.earlier()) {
            Map<String, Long> counts = observation.counts().get(group.path());
            if (counts != null) {
                rate(group, counts).ifPresent(rate -> earlier.add(new Trend.Point(observation.asOf(), rate)));
            }
        }
        return earlier.isEmpty() ? Optional.empty() : Optional.of(new Trend(group.path(), earlier, now.get(), snapshot.asOf()));
    }
}
