package org.vigil.app.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.scenario.Problem;
import org.vigil.core.store.WorkspaceException;
import org.vigil.core.topology.TopologyProblem;
import org.vigil.core.topology.TopologyProblemCode;
import org.vigil.i18n.Messages;

/**
 * Says scenario and topology problems and workspace errors in the user's language, as
 * {@code file:line: $.path: error: reason}.
 */
public final class ProblemFormat {

    /** Topology problems whose arguments are counts, said with plural rules. */
    private static final Set<TopologyProblemCode> COUNTED = EnumSet.of(
            TopologyProblemCode.TOO_FEW_COLUMNS,
            TopologyProblemCode.TOO_MANY_COLUMNS,
            TopologyProblemCode.TOO_MANY_PROBLEMS);

    private final Messages messages;

    public ProblemFormat(Messages messages) {
        this.messages = messages;
    }

    public String problem(Problem problem) {
        return problem.location()
                + ": "
                + messages.text("severity." + problem.severity().name())
                + ": "
                + messages.text("problem." + problem.code().name(), arguments(problem.args()));
    }

    /**
     * A topology file's problem; every one stops the import, so each is an error. Only counts become
     * numbers: node ids and values stay as the file wrote them ({@code 12345}, not {@code 12,345}).
     */
    public String topologyProblem(TopologyProblem problem) {
        Object[] args = COUNTED.contains(problem.code())
                ? arguments(problem.args())
                : problem.args().toArray();
        return problem.location()
                + ": "
                + messages.text("severity.ERROR")
                + ": "
                + messages.text("topology.problem." + problem.code().name(), args);
    }

    public String workspaceError(WorkspaceException error) {
        return messages.text("workspace." + error.reason().name(), arguments(error.args()));
    }

    /** Core gives arguments as text; numbers go back to numbers so that plural rules apply. */
    static Object[] arguments(List<String> args) {
        return args.stream().map(ProblemFormat::numberOrText).toArray();
    }

    private static Object numberOrText(String arg) {
        if (arg.matches("-?\\d{1,18}")) {
            return Long.parseLong(arg);
        }
        return arg;
    }
}
