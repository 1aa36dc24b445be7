package io.github.parsipas.internal;

import java.util.List;

/**
 * A part of the snapshot that items name as an input ({@code tthc.complaints}, {@code tasks}), with the
 * facts derived from it. {@code judgeable} is false when the part is present but gives nothing to
 * divide by (no dossier resolved): its items are then "cannot evaluate", not passed.
 */
record Section(String name, boolean present, boolean judgeable, List<Object> facts) {

    static Section absent(String name) {
        return new Section(name, false, false, List.of());
    }

    String path() {
        return "$." + name;
    }
}
