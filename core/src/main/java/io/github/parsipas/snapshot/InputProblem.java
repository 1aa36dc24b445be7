package io.github.parsipas.snapshot;

/**
 * One thing wrong with an input file: where (a JSON path such as {@code $.tthc.fields[2].resolved}),
 * what was found there, and what was expected instead.
 */
public record InputProblem(String path, String found, String expected) {

    /** One line for people: {@code $.unit.kind: found "district", expected one of city, department, ward-commune}. */
    public String describe() {
        return path + ": found " + found + ", expected " + expected;
    }
}
