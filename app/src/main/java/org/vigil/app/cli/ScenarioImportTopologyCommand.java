package org.vigil.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.OrganisationType;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;
import org.vigil.core.topology.DependencyDefaults;
import org.vigil.core.topology.IdRule;
import org.vigil.core.topology.ImportReport;
import org.vigil.core.topology.ImportedTopology;
import org.vigil.core.topology.TopologyFormat;
import org.vigil.core.topology.TopologyImportResult;
import org.vigil.core.topology.TopologyImporter;
import org.vigil.core.topology.TopologyOptions;
import org.vigil.core.topology.TopologyProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil scenario import-topology FILE --id ID [...]}: imports a topology file (edge list,
 * GraphML, GEXF, DGS) as a scenario with {@link TopologyImporter}, every node an asset and every
 * link one dependency or two, and prints what the import made of the file. A file with problems
 * changes nothing (exit 1), and an existing scenario is replaced only with {@code --replace}, as
 * {@code scenario import} does. See docs/topology-import.md.
 */
@Command(name = "import-topology", mixinStandardHelpOptions = true)
final class ScenarioImportTopologyCommand implements Callable<Integer> {

    static final AssetKind DEFAULT_KIND = AssetKind.FACILITY;
    static final OrganisationType DEFAULT_ORGANISATION_TYPE = OrganisationType.LOGISTICS;

    private final CliContext context;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.topology.file")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.topology.format")
    private String format;

    @Option(names = "--id", required = true, paramLabel = "ID", descriptionKey = "cli.topology.id")
    private String id;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "cli.topology.name")
    private String name;

    @Option(names = "--organisation", paramLabel = "ORG", descriptionKey = "cli.topology.organisation")
    private String organisation;

    @Option(names = "--organisation-type", paramLabel = "TYPE", descriptionKey = "cli.topology.organisationType")
    private String organisationType;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.topology.kind")
    private String kind;

    @Option(names = "--likelihood", paramLabel = "P", descriptionKey = "cli.topology.likelihood")
    private String likelihood;

    @Option(names = "--delay", paramLabel = "MINUTES", descriptionKey = "cli.topology.delay")
    private String delay;

    @Option(names = "--directed", descriptionKey = "cli.topology.directed")
    private boolean directed;

    @Option(names = "--replace", descriptionKey = "cli.scenario.import.replace")
    private boolean replace;

    ScenarioImportTopologyCommand(CliContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        TopologyImporter importer = new TopologyImporter(options());
        Optional<TopologyFormat> chosen = chosenFormat();
        TopologyImportResult result = chosen.map(f -> importer.read(file, f)).orElseGet(() -> importer.read(file));
        PrintWriter out = CliContext.out(spec);
        PrintWriter err = CliContext.err(spec);
        if (result.hasProblems()) {
            for (TopologyProblem problem : result.problems()) {
                err.println(context.problems().topologyProblem(problem));
            }
            err.println(context.messages().text("cli.import.invalid"));
            return 1;
        }
        ImportedTopology imported = result.imported().orElseThrow();
        Scenario scenario = imported.scenario();
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            if (!replace && workspace.scenarios().exists(scenario.id())) {
                err.println(context.messages().text("cli.import.exists", scenario.id()));
                return 1;
            }
            workspace.scenarios().save(scenario, clock.instant());
        }
        printReport(out, scenario, imported.report());
        return 0;
    }

    private void printReport(PrintWriter out, Scenario scenario, ImportReport report) {
        out.println(context.messages()
                .text("cli.topology.done", file.getFileName().toString(), scenario.id(), context.workspaceName()));
        int[] counts = {
            report.nodes(),
            report.edges(),
            report.dependencies(),
            report.selfLoopsSkipped(),
            report.duplicatesSkipped(),
            report.renamedIds()
        };
        String[] keys = {"nodes", "edges", "dependencies", "selfLoops", "duplicates", "renamed"};
        for (int i = 0; i < keys.length; i++) {
            out.println("  " + context.messages().text("cli.topology." + keys[i], counts[i]));
        }
        out.flush();
    }

    /** The options the command line gives, or a usage error naming the one that is wrong. */
    private TopologyOptions options() {
        if (!IdRule.isVigilId(id)) {
            throw usage("cli.topology.badId", id);
        }
        String scenarioName = name == null ? id : name.strip();
        if (scenarioName.isEmpty() || organisation != null && organisation.isBlank()) {
            throw usage("cli.topology.blankName");
        }
        OrganisationType type = organisationType == null
                ? DEFAULT_ORGANISATION_TYPE
                : EnumArgument.parse(OrganisationType.class, organisationType)
                        .orElseThrow(() -> usage(
                                "cli.topology.unknownOrganisationType",
                                organisationType,
                                EnumArgument.names(OrganisationType.class)));
        // Like a node's organisation attribute: the id by the id rule, the name as given.
        Organisation owner = organisation == null
                ? new Organisation(id, type, scenarioName)
                : new Organisation(IdRule.vigilId(organisation.strip()), type, organisation.strip());
        AssetKind assetKind = kind == null ? DEFAULT_KIND : assetKind();
        DependencyDefaults standard = DependencyDefaults.STANDARD;
        DependencyDefaults dependency = new DependencyDefaults(
                standard.type(),
                likelihood == null ? standard.likelihood() : likelihood(),
                delay == null ? standard.delayMinutes() : delay(),
                standard.growth(),
                standard.rampMinutes(),
                standard.maxImpact());
        return TopologyOptions.of(id, scenarioName, owner, assetKind)
                .withDependency(dependency)
                .withEdgeListDirected(directed);
    }

    private AssetKind assetKind() {
        AssetKind parsed = EnumArgument.parse(AssetKind.class, kind)
                .orElseThrow(() -> usage("cli.topology.unknownKind", kind, EnumArgument.names(AssetKind.class)));
        if (parsed == AssetKind.BUSINESS_SERVICE) {
            // A business service needs continuity targets, which no topology file gives.
            throw usage("cli.topology.kindNeedsContinuity", kind);
        }
        return parsed;
    }

    private double likelihood() {
        try {
            double p = Double.parseDouble(likelihood.strip());
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // said below, with the value as given
        }
        throw usage("cli.topology.badLikelihood", likelihood);
    }

    private double delay() {
        OptionalDouble minutes = MinutesArgument.parse(delay);
        if (minutes.isEmpty()) {
            throw usage("cli.topology.badDelay", delay);
        }
        return minutes.getAsDouble();
    }

    /** The format --format names by one of its extensions; empty to go by the file name. */
    private Optional<TopologyFormat> chosenFormat() {
        if (format == null) {
            return Optional.empty();
        }
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        return Optional.of(Arrays.stream(TopologyFormat.values())
                .filter(f -> f.extensions().contains(wanted))
                .findFirst()
                .orElseThrow(() -> usage("cli.topology.unknownFormat", format, formatNames())));
    }

    private static String formatNames() {
        return Arrays.stream(TopologyFormat.values())
                .flatMap(f -> f.extensions().stream())
                .collect(Collectors.joining(", "));
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), context.messages().text(key, args));
    }
}
