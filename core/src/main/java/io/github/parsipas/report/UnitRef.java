package io.github.parsipas.report;

import java.util.List;

/** The evaluated unit as the report names it. */
public record UnitRef(String id, String name, String kind, List<String> leadRoles) {
    public UnitRef {
        leadRoles = List.copyOf(leadRoles);
    }
}
