package org.vigil.app.cli;

import java.util.List;
import org.vigil.core.scenario.Problem;
import org.vigil.core.store.WorkspaceException;
import org.vigil.i18n.Messages;

/** Says problems and workspace errors in the user's language, as {@code file:line: $.path: error: reason}. */
public final class ProblemFormat {

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
