package org.vigil.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil scenario export NAME}: writes a scenario file that {@code import} reads back unchanged. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ScenarioExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "cli.scenario.export.name")
    private String name;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            descriptionKey = "cli.scenario.export.output")
    private Path output;

    ScenarioExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PrintWriter err = CliContext.err(spec);
        Optional<Scenario> scenario;
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            scenario = workspace.scenarios().find(name);
        }
        if (scenario.isEmpty()) {
            err.println(context.messages().text("cli.export.unknown", name));
            return 1;
        }
        byte[] json = context.writer().write(scenario.get());
        if (output == null) {
            PrintWriter out = CliContext.out(spec);
            out.println(new String(json, StandardCharsets.UTF_8));
            out.flush();
            return 0;
        }
        try {
            writeAtomically(output, json);
        } catch (IOException e) {
            err.println(context.messages().text("cli.export.failed", output, e.getMessage()));
            return 1;
        }
        err.println(context.messages().text("cli.export.done", name, output));
        return 0;
    }

    /** Never leaves a half-written file: write beside the target, then move over it. */
    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".vigil-export-", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
