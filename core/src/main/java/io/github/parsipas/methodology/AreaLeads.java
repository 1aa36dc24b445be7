package io.github.parsipas.methodology;

import java.util.Map;

/** Which agency answers for each PAR area: a parameter, since the plan does not list the mapping. */
public record AreaLeads(Status status, String source, Map<Integer, String> leads) {
    public AreaLeads {
        leads = Map.copyOf(leads);
    }
}
