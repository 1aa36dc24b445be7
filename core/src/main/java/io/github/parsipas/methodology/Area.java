package io.github.parsipas.methodology;

/** A PAR Index area with its maximum points. */
public record Area(int number, Text name, Points maxPoints) {
}
