package io.github.parsipas.snapshot;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input was rejected; {@link #problems()} lists the problems found, each with its JSON path (at most
 * {@link InputLimits#MAX_PROBLEMS}; {@link #total()} counts them all).
 */
public class InvalidInputException extends RuntimeException {

    private final String source;
    private final List<InputProblem> problems;
    private final int total;

    public InvalidInputException(String source, List<InputProblem> problems) {
        this(source, problems, problems.size());
    }

    public InvalidInputException(String source, List<InputProblem> problems, int total) {
        super(problems.stream().map(InputProblem::describe)
                .collect(Collectors.joining("\n  ", "invalid input " + InputProblem.printable(source) + ":\n  ",
                        total > problems.size() ? "\n  … and " + (total - problems.size()) + " more" : "")));
        this.source = source;
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public String source() {
        return source;
    }

    public List<InputProblem> problems() {
        return problems;
    }

    /** How many problems were found, listed or not. */
    public int total() {
        return total;
    }
}
