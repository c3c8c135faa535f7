package org.vigil.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code vigil}: without a command it opens the workstation window on the chosen workspace. */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = VigilVersion.class)
public final class VigilCommand implements Callable<Integer> {

    private final Consumer<Path> openWindow;

    @Option(
            names = "--workspace",
            paramLabel = "PATH",
            descriptionKey = "cli.option.workspace",
            scope = ScopeType.INHERIT)
    private Path workspace;

    private final Path defaultWorkspace;

    VigilCommand(Path defaultWorkspace, Consumer<Path> openWindow) {
        this.defaultWorkspace = defaultWorkspace;
        this.openWindow = openWindow;
    }

    Path workspace() {
        return workspace == null ? defaultWorkspace : workspace;
    }

    @Override
    public Integer call() {
        openWindow.accept(workspace());
        return 0;
    }
}
