package io.github.parsipas.snapshot;

import java.util.ArrayList;

/** The problems found in one input: the first {@link InputLimits#MAX_PROBLEMS} kept, the rest only counted. */
final class Problems extends ArrayList<InputProblem> {

    private int total;

    @Override
    public boolean add(InputProblem problem) {
        total++;
        return size() < InputLimits.MAX_PROBLEMS && super.add(problem);
    }

    int total() {
        return total;
    }
}
