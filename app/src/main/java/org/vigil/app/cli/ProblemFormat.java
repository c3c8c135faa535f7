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
                + messages.text(
                        "problem." + problem.code().name(), problem.args().toArray());
    }

    public String workspaceError(WorkspaceException error) {
        List<String> args = error.args();
        return messages.text("workspace." + error.reason().name(), args.toArray());
    }
}
