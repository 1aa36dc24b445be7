package io.github.parsipas.internal;

import io.github.parsipas.facts.Check;
import io.github.parsipas.facts.Requirement;
import io.github.parsipas.methodology.DatedValue;
import io.github.parsipas.methodology.Item;
import io.github.parsipas.methodology.Methodology;
import io.github.parsipas.methodology.Pack;
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
    private final Map<Key, List<Planned>> cache = new ConcurrentHashMap<>();

    public Plans(Methodology methodology) {
        this.methodology = methodology;
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
                Requirement requirement = new Requirement(item, snapshot.asOf(), applied, parameters.get());
                requirement.describe(); // before it is shared between threads
                plan.add(new Planned(item, pack, requirement, item.checks().stream().map(check -> new Check(requirement, check)).toList()));
            } // else not yet in force on asOf, or before the official method's first year (the receipt says so)
        }
        return List.copyOf(plan);
    }
}
