package io.github.parsipas.snapshot;

import java.util.List;

/**
 * The unit evaluated.
 *
 * @param id        stable identifier chosen by the caller
 * @param name      Vietnamese name, with diacritics
 * @param kind      city, department or ward/commune
 * @param leadRoles agency codes this unit acts as (e.g. {@code VPUB}), empty for most units
 */
public record Unit(String id, String name, UnitKind kind, List<String> leadRoles) {
    public Unit {
        leadRoles = List.copyOf(leadRoles);
    }
}
