package org.vigil.app.cli;

import java.io.PrintWriter;
import org.vigil.app.WorkspaceOpener;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.scenario.ScenarioWriter;
import org.vigil.core.store.Workspace;
import org.vigil.core.store.WorkspaceException;
import org.vigil.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;

/** What every command needs: messages, the scenario format, and the workspace chosen on the command line. */
final class CliContext {

    private final Messages messages;
    private final ProblemFormat problems;
    private final ScenarioReader reader;
    private final ScenarioWriter writer;
    private final WorkspaceOpener opener;
    private final VigilCommand root;

    CliContext(
            Messages messages,
            ScenarioReader reader,
            ScenarioWriter writer,
            WorkspaceOpener opener,
            VigilCommand root) {
        this.messages = messages;
        this.problems = new ProblemFormat(messages);
        this.reader = reader;
        this.writer = writer;
        this.opener = opener;
        this.root = root;
    }

    Messages messages() {
        return messages;
    }

    ProblemFormat problems() {
        return problems;
    }

    ScenarioReader reader() {
        return reader;
    }

    ScenarioWriter writer() {
        return writer;
    }

    /** Opens the chosen workspace, or prints why not and returns null. */
    Workspace openWorkspace(CommandSpec spec) {
        try {
            return opener.open(root.workspace());
        } catch (WorkspaceException e) {
            err(spec).println(problems.workspaceError(e));
            return null;
        }
    }

    String workspaceName() {
        return root.workspace().toString();
    }

    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }

    static PrintWriter err(CommandSpec spec) {
        return spec.commandLine().getErr();
    }
}
