package io.github.parsipas.internal;

import io.github.parsipas.facts.Rate;
import io.github.parsipas.snapshot.Snapshot;
import io.github.parsipas.snapshot.Tthc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Derives rate facts from a snapshot, section by section; the counts stay in the snapshot, the shares come from here. */
final class Sections {

    private Sections() {
    }

    /** Every section an item may name as input, in a fixed order. */
    static Map<String, Section> of(Snapshot snapshot) {
        Map<String, Section> sections = new LinkedHashMap<>();
        Optional<Tthc> tthc = Optional.ofNullable(snapshot.tthc());
        add(sections, fields(tthc.map(Tthc::fields).orElse(null)));
        add(sections, single("tthc.complaints", tthc.map(Tthc::complaints).orElse(null), c ->
                rate("tthc.complaints.onTime", "kntc", "Xử lý đơn, giải quyết khiếu nại, tố cáo", c.resolvedOnTime(), c.resolved(), "$.tthc.complaints")));
        add(sections, single("tthc.announcements", tthc.map(Tthc::announcements).orElse(null), a ->
                rate("tthc.announcements.onTime", "all", "Công bố TTHC", a.onTime(), a.due(), "$.tthc.announcements")));
        add(sections, single("tthc.nonBoundary", tthc.map(Tthc::nonBoundary).orElse(null), n ->
                rate("tthc.nonBoundary", "all", "TTHC phi địa giới", n.nonBoundary(), n.procedures(), "$.tthc.nonBoundary")));
        add(sections, single("tthc.feedback", tthc.map(Tthc::feedback).orElse(null), f ->
                rate("tthc.feedback.onTime", "all", "Phản ánh, kiến nghị", f.handledOnTime(), f.received(), "$.tthc.feedback")));
        Optional<Tthc.Simplification> cuts = tthc.map(Tthc::simplification);
        add(sections, single("tthc.simplification.businessConditions", cuts.map(Tthc.Simplification::businessConditions).orElse(null), c ->
                rate("tthc.cut.conditions", "all", "Điều kiện đầu tư kinh doanh", c.abolished(), c.inScope(), "$.tthc.simplification.businessConditions")));
        add(sections, single("tthc.simplification.resolutionDays", cuts.map(Tthc.Simplification::resolutionDays).orElse(null), r ->
                rate("tthc.cut.time", "all", "Thời gian giải quyết TTHC", r.baseline() - r.current(), r.baseline(), "$.tthc.simplification.resolutionDays")));
        add(sections, single("tthc.simplification.complianceCostVnd", cuts.map(Tthc.Simplification::complianceCostVnd).orElse(null), r ->
                rate("tthc.cut.cost", "all", "Chi phí tuân thủ TTHC", r.baseline() - r.current(), r.baseline(), "$.tthc.simplification.complianceCostVnd")));
        return sections;
    }

    private static Section fields(List<Tthc.FieldCounts> fields) {
        if (fields == null) {
            return Section.absent("tthc.fields");
        }
        List<Rate> rates = new ArrayList<>();
        long onTime = 0;
        long resolved = 0;
        for (int i = 0; i < fields.size(); i++) {
            Tthc.FieldCounts field = fields.get(i);
            onTime += field.dossiers().resolvedOnTime();
            resolved += field.dossiers().resolved();
            rate("tthc.field.onTime", field.code(), field.name(), field.dossiers().resolvedOnTime(),
                    field.dossiers().resolved(), "$.tthc.fields[" + i + "]").ifPresent(rates::add);
        }
        Optional<Rate> overall = rate("tthc.onTime", "all", "Tất cả lĩnh vực", onTime, resolved, "$.tthc.fields");
        // With nothing resolved in any field there is no rate to judge at all.
        if (overall.isEmpty()) {
            return new Section("tthc.fields", true, List.of());
        }
        rates.add(overall.get());
        return new Section("tthc.fields", true, rates);
    }

    private static <T> Section single(String name, T data, java.util.function.Function<T, Optional<Rate>> toRate) {
        return data == null ? Section.absent(name) : new Section(name, true, toRate.apply(data).stream().toList());
    }

    private static Optional<Rate> rate(String measure, String scope, String scopeName, long numerator, long denominator, String path) {
        return denominator > 0 ? Optional.of(new Rate(measure, scope, scopeName, numerator, denominator, path)) : Optional.empty();
    }

    private static void add(Map<String, Section> sections, Section section) {
        sections.put(section.name(), section);
    }
}
