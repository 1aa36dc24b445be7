package io.github.parsipas.snapshot;

import io.github.parsipas.text.Language;
import io.github.parsipas.text.Messages;
import io.github.parsipas.text.Template.Arg;

import java.util.List;
import java.util.Map;
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

    /** The problems for people in {@code language}, one a line under the file's name (the English one is {@link #getMessage()}). */
    public String describe(Language language) {
        StringBuilder text = new StringBuilder(Messages.format("input.invalid", Map.of("source", Arg.verbatim(InputProblem.printable(source))), language));
        problems.forEach(p -> text.append("\n  ").append(p.describe(language)));
        if (total > problems.size()) {
            text.append("\n  ").append(Messages.format("input.more", Map.of("count", Arg.count(total - problems.size())), language));
        }
        return text.toString();
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
