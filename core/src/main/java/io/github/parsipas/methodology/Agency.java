package io.github.parsipas.methodology;

import io.github.parsipas.text.Text;

/** A city agency that leads part of the plan (e.g. {@code VPUB}). */
public record Agency(String code, Text name) {
}
