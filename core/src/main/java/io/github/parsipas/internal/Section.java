package io.github.parsipas.internal;

import io.github.parsipas.text.Text;

import java.util.List;

/**
 * A part of the snapshot that items name as an input ({@code tthc.complaints}, {@code tasks}), with the
 * facts derived from it. {@code judgeable} is false when the part is present but gives nothing to
 * divide by (no dossier resolved): its items are then "cannot evaluate", not passed. {@code why}, when
 * given, says why it cannot be judged.
 */
record Section(String name, boolean present, boolean judgeable, List<Object> facts, Text why) {

    Section(String name, boolean present, boolean judgeable, List<Object> facts) {
        this(name, present, judgeable, facts, null);
    }

    static Section absent(String name) {
        return new Section(name, false, false, List.of());
    }

    /** Present, but the method cannot read it, for the reason given (its items say so). */
    static Section unscorable(String name, Text why) {
        return new Section(name, true, false, List.of(), why);
    }

    String path() {
        return "$." + name;
    }
}
