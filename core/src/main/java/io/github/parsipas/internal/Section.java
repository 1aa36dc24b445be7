package io.github.parsipas.internal;

import io.github.parsipas.facts.Rate;

import java.util.List;

/**
 * A part of the snapshot that items name as an input ({@code tthc.fields}), with the rates derived from it.
 * {@code rates} is empty when the part is present but gives nothing to divide by.
 */
record Section(String name, boolean present, List<Rate> rates) {

    static Section absent(String name) {
        return new Section(name, false, List.of());
    }

    String path() {
        return "$." + name;
    }
}
