package io.github.parsipas.internal;

import io.github.parsipas.facts.Check;
import io.github.parsipas.facts.Requirement;
import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Pack;
import io.github.parsipas.methodology.Points;
import io.github.parsipas.methodology.Scheme;
import io.github.parsipas.snapshot.DatedList;
import io.github.parsipas.snapshot.Snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the methodology asks of a unit: the items asked of its kind and roles and in force on the date, each with the
 * method version applied and its parameters. The same for every unit of a kind on a date, so derived once and kept
 * (a batch of a city's wards on one date derives it once); thread-safe.
 */
public final class Plans {

    /**
     * An item asked of the unit and in force: its requirement (method version applied, parameters) and its checks,
     * built once and inserted as they are into every session that evaluates a unit of the key (they are immutable).
     */
    record Planned(Item item, Pack pack, Requirement requirement, List<Check> checks) {
    }

    private record Key(LocalDate asOf, int year, String version, String kind, List<String> roles) {
    }

    /** Enough for a batch over a year of weeks and every kind of unit; beyond it the cache starts over. */
    private static final int MAX_KEYS = 1024;
    private final Methodology methodology;
    /** The parameters each item's own rules read beyond the item's own ones, by item code (rule metadata {@code @parameters}). */
    private final Map<String, java.util.Set<String>> ruleParameters;
    private final Map<Key, List<Planned>> cache = new ConcurrentHashMap<>();

    Plans(Methodology methodology, Map<String, java.util.Set<String>> ruleParameters) {
        this.methodology = methodology;
        this.ruleParameters = ruleParameters;
    }

    /** The items asked of the snapshot's unit on its date, in the methodology's order. */
    List<Planned> of(Snapshot snapshot, String version) {
        Key key = new Key(snapshot.asOf(), snapshot.period().year(), version, snapshot.unit().kind().code(), snapshot.unit().leadRoles());
        List<Planned> plan = cache.get(key);
        if (plan == null) {
            if (cache.size() >= MAX_KEYS) {
                cache.clear();
            }
            plan = derive(snapshot, version);
            cache.put(key, plan);
        }
        return plan;
    }

    private List<Planned> derive(Snapshot snapshot, String version) {
        List<Planned> plan = new ArrayList<>();
        for (Item item : methodology.items().values()) {
            if (!item.appliesTo(snapshot.unit().kind().code(), snapshot.unit().leadRoles())) {
                continue; // not asked of this unit
            }
            Pack pack = methodology.packOf(item);
            String applied = Evaluation.versionOf(pack, snapshot, version);
            Optional<Map<String, DatedValue>> parameters = Evaluation.parametersAt(methodology, pack, item, snapshot, applied);
            if (parameters.isPresent() && (applied != null || pack.versions().isEmpty())) {
                Requirement requirement = new Requirement(item, snapshot.asOf(), applied, parameters.get(),
                        applied(item, pack, parameters.get(), applied));
                requirement.describe(); // before it is shared between threads
                plan.add(new Planned(item, pack, requirement, item.checks().stream().map(check -> new Check(requirement, check)).toList()));
            } // else not yet in force on asOf, or before the official method's first year (the receipt says so)
        }
        return List.copyOf(plan);
    }

    /**
     * The values an item's checks and rules read, as applied under {@code version}: the item's own parameters, each check's
     * (a survey check's least respondents too), the due parameters of its dated inputs, those its rules declare, and
     * which survey answers count as satisfied; for a criterion its maximum as scored and, scored on bands, its bands.
     */
    List<Requirement.Applied> applied(Item item, Pack pack, Map<String, DatedValue> parameters, String version) {
        java.util.Set<String> names = new java.util.TreeSet<>(item.parameters().keySet());
        for (Item.Check check : item.checks()) {
            if (check.parameter() != null) {
                names.add(check.parameter());
            }
            if (check.scheme() == Scheme.SURVEY_BELOW) {
                names.add(Scheme.SURVEY_THIN.defaultParameter());
            }
        }
        if (item.inputs().stream().anyMatch(input -> DatedList.fromCode(input).isPresent())) {
            names.add(DatedList.APPROACHING_WINDOW);
        }
        for (DatedList list : List.of(DatedList.LEGAL_DOCUMENTS, DatedList.REPORTS)) {
            if (item.inputs().contains(list.code())) {
                names.add(list.dueParameter());
            }
        }
        names.addAll(ruleParameters.getOrDefault(item.code(), java.util.Set.of()));
        for (String input : item.inputs()) {
            methodology.layout().surveyOf(input).map(survey -> survey.scale().satisfied())
                    .ifPresent(ref -> names.add(ref.substring(ref.indexOf('.') + 1)));
        }
        List<Requirement.Applied> applied = new ArrayList<>();
        for (String name : names) {
            DatedValue value = parameters.get(name);
            if (value != null) { // a pack-wide one not in force (e.g. the approaching window before its date) is not read
                applied.add(new Requirement.Applied(name, value.value(), unit(item, pack, name), Methodology.status(pack, value.status(), value.version(),
                        version), value.version() == null ? value.from() : null, value.version(), value.source()));
            }
        }
        if (item.kind() == Item.Kind.CRITERION && item.maxPoints() != null) {
            Points max = item.maxPoints();
            applied.add(new Requirement.Applied("maxPoints", methodology.criterionMax(item), "points", Methodology.status(pack, max, version),
                    null, Points.EVERY_VERSION.equals(max.version()) ? null : max.version(), max.source()));
            Optional<Item.Check> scoring = item.scoring();
            if (item.bands() != null && (scoring.isEmpty() || scoring.get().scheme() == Scheme.BANDS || scoring.get().scheme() == Scheme.MET)) {
                applied.add(new Requirement.Applied("bands", null, "percent", Methodology.status(pack, item.bands().status(), null, version),
                        null, null, item.bands().source()));
            }
        }
        return applied;
    }

    /** A parameter's unit as its item, pack or index declares it. */
    private String unit(Item item, Pack pack, String name) {
        for (Pack declaring : List.of(pack, methodology.areasOf(pack))) {
            if (item.parameters().containsKey(name)) {
                return item.parameters().get(name).unit();
            }
            if (declaring.parameters().containsKey(name)) {
                return declaring.parameters().get(name).unit();
            }
        }
        return "";
    }
}
