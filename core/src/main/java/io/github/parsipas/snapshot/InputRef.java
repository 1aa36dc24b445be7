package io.github.parsipas.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Where a measure sits in the snapshot, typed: the declared input ({@code tthc.fields}, {@code digital.onlineDossiers},
 * {@code tasks}, a survey section, {@code reported}), the entry of a list (by position and, when known, by code), and
 * the count read. Made by {@link SnapshotLayout#ref} from a JSON path, the one place that syntax is parsed; {@link #path()}
 * writes it back, and {@link #countPath()} names one count as a what-if sets it.
 *
 * @param group the declared input (a count group or list, a value, a survey section, a dated list), without {@code $.}
 * @param index the position of the entry in its list, or {@code null}
 * @param entry the entry's code (a field's code, a task's id, a published criterion's code), or {@code null}
 * @param count the count read, or {@code null} when the input as a whole is meant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InputRef(String group, @Nullable Integer index, @Nullable String entry, @Nullable String count) {

    /** The JSON path: {@code $.tthc.fields[2].resolvedOnTime}; a published score's by its code, {@code $.reported['766-T-SYNC']}. */
    public String path() {
        StringBuilder path = new StringBuilder("$.").append(group);
        if (index != null) {
            path.append('[').append(index).append(']');
        } else if (entry != null && group.equals(REPORTED)) {
            path.append("['").append(entry).append("']");
        }
        return count == null ? path.toString() : path.append('.').append(count).toString();
    }

    /**
     * One count as a what-if names it: {@code digital.onlineDossiers.online}, or {@code tthc.fields[dat-dai].resolvedOnTime}
     * for an entry of a list, by its code.
     */
    public String countPath() {
        return group + (entry == null ? "" : "[" + entry + "]") + (count == null ? "" : "." + count);
    }

    /** The same input with its entry's code, once known (a finding's scope). */
    public InputRef withEntry(String code) {
        return new InputRef(group, index, code, count);
    }

    /** The published scores' input: {@code reported}, keyed by criterion or group code. */
    static final String REPORTED = "reported";
}
