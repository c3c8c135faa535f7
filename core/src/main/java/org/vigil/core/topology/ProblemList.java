package org.vigil.core.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the problems of one file. A broken million-line file must not give a million problems,
 * so after the first {@value #LIMIT} it only counts them.
 */
final class ProblemList {

    static final int LIMIT = 100;

    private final String source;
    private final List<TopologyProblem> problems = new ArrayList<>();
    private int unlisted;

    ProblemList(String source) {
        this.source = source;
    }

    void add(int line, String where, TopologyProblemCode code, Object... args) {
        if (problems.size() < LIMIT) {
            List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
            problems.add(new TopologyProblem(source, line, where, code, texts));
        } else {
            unlisted++;
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<TopologyProblem> list() {
        if (unlisted == 0) {
            return List.copyOf(problems);
        }
        List<TopologyProblem> all = new ArrayList<>(problems);
        all.add(new TopologyProblem(source, 0, "", TopologyProblemCode.TOO_MANY_PROBLEMS, List.of("" + unlisted)));
        return all;
    }
}
