package org.vigil.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.vigil.app.RuleBook;
import org.vigil.app.WorkspaceOpener;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.scenario.ScenarioReader;
import org.vigil.core.scenario.ScenarioWriter;
import org.vigil.i18n.Messages;
import picocli.CommandLine;

/** Builds the {@code vigil} command tree with its collaborators and the user's language. */
public final class VigilCli {

    private final CommandLine commandLine;

    public VigilCli(
            Messages messages,
            WorkspaceOpener opener,
            Map<FeedFormat, FeedParser> parsers,
            RuleBook ruleBook,
            Path defaultWorkspace,
            Clock clock,
            Consumer<Path> openWindow) {
        VigilCommand root = new VigilCommand(defaultWorkspace, openWindow);
        CliContext context = new CliContext(messages, new ScenarioReader(), new ScenarioWriter(), opener, root);
        CommandLine scenario = new CommandLine(new ScenarioCommand(messages))
                .addSubcommand(new ScenarioListCommand(context))
                .addSubcommand(new ScenarioValidateCommand(context))
                .addSubcommand(new ScenarioImportCommand(context, clock))
                .addSubcommand(new ScenarioExportCommand(context))
                .addSubcommand(new ScenarioImportTopologyCommand(context, clock));
        CommandLine rules = new CommandLine(new RulesCommand(context)).addSubcommand(new RulesValidateCommand(context));
        CommandLine incidents = new CommandLine(new IncidentsCommand(context))
                .addSubcommand(new IncidentsListCommand(context, ruleBook, clock.getZone()));
        commandLine = new CommandLine(root)
                .addSubcommand(scenario)
                .addSubcommand(new IngestCommand(context, parsers, ruleBook, clock))
                .addSubcommand(new ListenCommand(context, parsers, ruleBook, clock))
                .addSubcommand(new FollowCommand(context, parsers, ruleBook, clock))
                .addSubcommand(rules)
                .addSubcommand(incidents)
                .addSubcommand(new CascadeCommand(context))
                .addSubcommand(new DiagnoseCommand(context))
                .addSubcommand(new CriticalityCommand(context));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(messages));
        commandLine.setResourceBundle(new MessagesBundle(
                messages,
                Map.ofEntries(
                        Map.entry("cli.option.workspace", new Object[] {defaultWorkspace}),
                        Map.entry("cli.ingest.format", new Object[] {formatNames(parsers)}),
                        Map.entry("cli.incidents.list.limit", new Object[] {IncidentsListCommand.DEFAULT_LIMIT}),
                        Map.entry("cli.cascade.horizons", new Object[] {CascadeCommand.DEFAULT_HORIZONS}),
                        Map.entry("cli.cascade.limit", new Object[] {CascadeCommand.DEFAULT_LIMIT}),
                        Map.entry("cli.cascade.explain", new Object[] {CascadeCommand.DEFAULT_EXPLAINED}),
                        Map.entry("cli.diagnose.top", new Object[] {DiagnoseCommand.DEFAULT_TOP}),
                        Map.entry("cli.criticality.horizon", new Object[] {CriticalityCommand.DEFAULT_HORIZON}),
                        Map.entry("cli.criticality.top", new Object[] {CriticalityCommand.DEFAULT_TOP}),
                        Map.entry("cli.criticality.chains", new Object[] {CriticalityCommand.DEFAULT_CHAINS}),
                        Map.entry("cli.criticality.maxHops", new Object[] {CriticalityAnalysis.DEFAULT_MAX_HOPS}),
                        Map.entry("cli.topology.kind", new Object[] {
                            ScenarioImportTopologyCommand.DEFAULT_KIND.name().toLowerCase(Locale.ROOT)
                        }),
                        Map.entry("cli.topology.organisationType", new Object[] {
                            ScenarioImportTopologyCommand.DEFAULT_ORGANISATION_TYPE
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                        }))));
        describe(commandLine, messages, "cli.description");
        describe(scenario, messages, "cli.scenario.description");
        describe(commandLine.getSubcommands().get("ingest"), messages, "cli.ingest.description");
        describe(commandLine.getSubcommands().get("listen"), messages, "cli.listen.description");
        describe(rules, messages, "cli.rules.description");
        describe(rules.getSubcommands().get("validate"), messages, "cli.rules.validate.description");
        describe(incidents, messages, "cli.incidents.description");
        describe(incidents.getSubcommands().get("list"), messages, "cli.incidents.list.description");
        describe(commandLine.getSubcommands().get("cascade"), messages, "cli.cascade.description");
        describe(commandLine.getSubcommands().get("diagnose"), messages, "cli.diagnose.description");
        describe(commandLine.getSubcommands().get("criticality"), messages, "cli.criticality.description");
        describe(scenario.getSubcommands().get("import-topology"), messages, "cli.topology.description");
        for (String sub : new String[] {"list", "validate", "import", "export"}) {
            describe(scenario.getSubcommands().get(sub), messages, "cli.scenario." + sub + ".description");
        }
    }

    private static String formatNames(Map<FeedFormat, FeedParser> parsers) {
        return String.join(
                ", ",
                parsers.keySet().stream().map(FeedFormat::cliName).sorted().toList());
    }

    private static void describe(CommandLine command, Messages messages, String key) {
        command.getCommandSpec().usageMessage().description(messages.text(key));
    }

    public CommandLine commandLine() {
        return commandLine;
    }

    /** Runs the arguments: 0 ok, 1 problems found, 2 usage error. */
    public int execute(String... args) {
        return commandLine.execute(args);
    }
}
