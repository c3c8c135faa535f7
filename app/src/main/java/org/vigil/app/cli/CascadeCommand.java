package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeResult;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.MonteCarloCascade;
import org.vigil.core.cascade.MonteCarloResult;
import org.vigil.core.cascade.StartCondition;
import org.vigil.core.cascade.TimePhasedCascade;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil cascade --scenario NAME --start ASSET[:state[@time]]... [--horizons LIST] [--json]
 * [--monte-carlo N [--seed S]]}: runs the time-phased cascade model on a scenario of the workspace
 * from the given start set and prints what it hits, the continuity breaches and why the top assets
 * are hit; with {@code --monte-carlo}, also how likely each asset is to be hit by each horizon and
 * how far the cascade spreads over N runs in which each dependency passes impact on or not. The
 * table is for people, in their language; JSON is for scripts (see {@link CascadeJson}). Bad
 * arguments are usage errors (exit 2) that name the argument and the reason.
 */
@Command(name = "cascade", mixinStandardHelpOptions = true)
final class CascadeCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 25;
    static final int DEFAULT_EXPLAINED = 3;
    /** {@link CascadeSettings#DEFAULT_HORIZONS} as the option writes them, for the help text. */
    static final String DEFAULT_HORIZONS = "15m,1h,4h,1d,3d";
    /** A fixed seed, so that the same command prints the same Monte Carlo figures. */
    static final long DEFAULT_SEED = 1;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", descriptionKey = "cli.cascade.scenario")
    private String scenarioId;

    @Option(
            names = "--start",
            required = true,
            paramLabel = "ASSET[:STATE[@TIME]]",
            descriptionKey = "cli.cascade.start")
    private List<String> starts = new ArrayList<>();

    @Option(names = "--horizons", paramLabel = "LIST", descriptionKey = "cli.cascade.horizons")
    private String horizons;

    @Option(names = "--json", descriptionKey = "cli.cascade.json")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.cascade.limit")
    private int limit = DEFAULT_LIMIT;

    @Option(names = "--explain", paramLabel = "N", descriptionKey = "cli.cascade.explain")
    private int explained = DEFAULT_EXPLAINED;

    @Option(names = "--monte-carlo", paramLabel = "N", descriptionKey = "cli.cascade.monteCarlo")
    private Integer runs;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.cascade.seed")
    private long seed = DEFAULT_SEED;

    CascadeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        CascadeSettings settings = settings();
        if (limit < 1 || explained < 0) {
            throw new ParameterException(
                    spec.commandLine(), context.messages().text("cli.cascade.badCounts", limit, explained));
        }
        if (runs != null && runs < 1) {
            throw new ParameterException(spec.commandLine(), context.messages().text("cli.cascade.badRuns", runs));
        }
        Optional<Scenario> found = ScenarioArgument.load(context, spec, scenarioId);
        if (found.isEmpty()) {
            return 1;
        }
        Scenario scenario = found.get();
        List<StartCondition> start = startSet(scenario);
        CascadeGraph graph = CascadeGraph.of(scenario);
        CascadeResult result = new TimePhasedCascade(settings).propagate(graph, start);
        Optional<MonteCarloResult> monteCarlo = runs == null
                ? Optional.empty()
                : Optional.of(new MonteCarloCascade(settings).run(graph, start, runs, seed));
        CascadeFindings findings = CascadeFindings.of(scenario, result, explained, monteCarlo);
        PrintWriter out = CliContext.out(spec);
        if (json) {
            out.println(new CascadeJson().write(findings));
            out.flush();
        } else {
            new CascadeTable(context.messages()).print(out, findings, limit);
        }
        return 0;
    }

    private CascadeSettings settings() {
        if (horizons == null) {
            return CascadeSettings.DEFAULTS;
        }
        List<Double> minutes = HorizonsArgument.parse(horizons, spec.commandLine(), context.messages());
        return CascadeSettings.DEFAULTS.withHorizons(
                minutes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private List<StartCondition> startSet(Scenario scenario) {
        Set<String> assetIds = scenario.assets().stream().map(Asset::id).collect(Collectors.toSet());
        StartArgument parser = new StartArgument(spec.commandLine(), context.messages());
        return starts.stream()
                .map(s -> parser.parse(s, scenario.id(), assetIds))
                .toList();
    }
}
