package io.github.parsipas.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/** The input was rejected; {@link #problems()} lists every problem found, each with its JSON path. */
public class InvalidInputException extends RuntimeException {

    private final String source;
    private final List<InputProblem> problems;

    public InvalidInputException(String source, List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::describe)
                .collect(Collectors.joining("\n  ", "invalid input " + source + ":\n  ", "")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
