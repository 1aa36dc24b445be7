package io.github.parsipas.snapshot;

import java.util.List;

/**
 * A snapshot section made only of counts, e.g. {@code finance.disbursement: {plannedMillionVnd, disbursedMillionVnd}}.
 *
 * @param path   where it sits in the snapshot, without {@code $.}
 * @param names  its counts, in order
 * @param nested true when each count is part of the one before (received ⊇ resolved ⊇ on time), so may not exceed it
 */
public record CountGroup(String path, List<String> names, boolean nested) {

    public static CountGroup nested(String path, String... names) {
        return new CountGroup(path, List.of(names), true);
    }

    public static CountGroup free(String path, String... names) {
        return new CountGroup(path, List.of(names), false);
    }

    /** The last segment of the path: the key in its parent object. */
    public String key() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The path of the parent object. */
    public String parent() {
        return path.substring(0, path.lastIndexOf('.'));
    }
}
