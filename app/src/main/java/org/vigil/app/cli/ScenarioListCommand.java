package org.vigil.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.core.model.Layer;
import org.vigil.core.model.ScenarioSummary;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigil scenario list}: the workspace's scenarios with organisations and assets by layer. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ScenarioListCommand implements Callable<Integer> {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    ScenarioListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            List<ScenarioSummary> summaries = workspace.scenarios().summaries();
            PrintWriter out = CliContext.out(spec);
            if (summaries.isEmpty()) {
                out.println(context.messages().text("cli.list.empty", context.workspaceName()));
                return 0;
            }
            List<String[]> rows = new ArrayList<>();
            rows.add(Arrays.stream(context.messages().text("cli.list.header").split("\\|"))
                    .map(String::strip)
                    .toArray(String[]::new));
            for (ScenarioSummary s : summaries) {
                rows.add(new String[] {
                    s.id(),
                    s.name(),
                    Integer.toString(s.organisations().size()),
                    count(s, Layer.CYBER),
                    count(s, Layer.PHYSICAL),
                    count(s, Layer.HUMAN),
                    count(s, Layer.BUSINESS),
                    Integer.toString(s.timelineEventCount())
                });
            }
            new TextTable(rows).print(out);
            return 0;
        }
    }

    private static String count(ScenarioSummary summary, Layer layer) {
        return Integer.toString(summary.assetCountsByLayer().get(layer));
    }
}
