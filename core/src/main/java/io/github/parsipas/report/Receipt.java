package io.github.parsipas.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to reproduce a report: the library version, a hash of the rule set (rules and packs),
 * the methodology packs and versions used, a hash of the input and the evaluation date.
 *
 * @param packs       each pack of the rule set: its version, the official method version applied, and whether it was evaluated
 * @param inputSha256 {@link io.github.parsipas.snapshot.Snapshot#inputSha256()}: the SHA-256 of the input document in
 *                    RFC 8785 canonical JSON, so JSON and YAML of the same data hash alike and anyone can recompute it;
 *                    {@code null} for a snapshot whose counts were changed in code
 */
@JsonPropertyOrder({"library", "version", "rulesetSha256", "methodologies", "inputSha256", "asOf", "packs"})
public record Receipt(String library, String version, String rulesetSha256, List<PackUse> packs,
                      @Nullable String inputSha256, LocalDate asOf) {
    public Receipt {
        packs = List.copyOf(packs);
    }

    /** The packs in one line each, e.g. {@code index-766@2026.1 — not evaluated: no $.service766} (the schema's first form). */
    @JsonProperty("methodologies")
    public List<String> methodologies() {
        return packs.stream().map(PackUse::describe).toList();
    }

    /**
     * One pack as the evaluation used it.
     *
     * @param method  the official method version applied (e.g. {@code 1187/QĐ-BNV}), or {@code null} for a pack without versions
     * @param section the snapshot section it requires, for {@link Status#NO_SECTION}
     * @param year    the year no method version governs, for {@link Status#NO_VERSION}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackUse(String pack, String version, @Nullable String method, Status status, @Nullable String section, @Nullable Integer year) {

        /** Whether the pack was evaluated, and if not, why. */
        public enum Status {
            EVALUATED("evaluated"), NO_SECTION("noSection"), NO_VERSION("noVersion");

            private final String code;

            Status(String code) {
                this.code = code;
            }

            @JsonValue
            public String code() {
                return code;
            }
        }

        /** The pack, its version and the method version applied: {@code par-province@2025.1 (1187/QĐ-BNV)}. */
        public String label() {
            return pack + "@" + version + (method == null ? "" : " (" + method + ")");
        }

        String describe() {
            String head = label();
            return switch (status) {
                case EVALUATED -> head;
                case NO_SECTION -> head + " — not evaluated: no $." + section;
                case NO_VERSION -> head + " — not evaluated: no method version governs " + year;
            };
        }
    }
}
