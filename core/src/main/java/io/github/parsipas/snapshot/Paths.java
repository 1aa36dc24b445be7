package io.github.parsipas.snapshot;

/** Dotted paths in the snapshot, without {@code $.}: {@code tthc.simplification.resolutionDays}. */
final class Paths {

    private Paths() {
    }

    static String key(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The enclosing object's path, or {@code ""} at the top level. */
    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** True when {@code path} is {@code section} or lies inside it. */
    static boolean within(String path, String section) {
        return path.startsWith(section) && (path.length() == section.length() || path.charAt(section.length()) == '.');
    }
}
