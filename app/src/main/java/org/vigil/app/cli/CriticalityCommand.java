package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.CascadeSettings;
import org.vigil.core.cascade.CriticalityAnalysis;
import org.vigil.core.cascade.CriticalityReport;
import org.vigil.core.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil criticality --scenario NAME [--horizon TIME] [--top K] [--chains K] [--max-hops N]
 * [--json]}: which assets of a scenario matter most for cascades ({@link CriticalityAnalysis}):
 * those whose failure alone costs most by the horizon, those most failure chains from critical
 * assets run through, and the riskiest chains of dependencies. The tables are for people, in their
 * language; JSON is for scripts (see {@link CriticalityJson}). Bad arguments are usage errors
 * (exit 2) that name the argument and the reason.
 */
@Command(name = "criticality", mixinStandardHelpOptions = true)
final class CriticalityCommand implements Callable<Integer> {

    /** A day: long enough for most dependencies' delays, as the pilots' continuity targets run. */
    static final String DEFAULT_HORIZON = "1d";

    static final int DEFAULT_TOP = 10;
    static final int DEFAULT_CHAINS = 5;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", descriptionKey = "cli.criticality.scenario")
    private String scenarioId;

    @Option(names = "--horizon", paramLabel = "TIME", descriptionKey = "cli.criticality.horizon")
    private String horizon = DEFAULT_HORIZON;

    @Option(names = "--top", paramLabel = "K", descriptionKey = "cli.criticality.top")
    private int top = DEFAULT_TOP;

    @Option(names = "--chains", paramLabel = "K", descriptionKey = "cli.criticality.chains")
    private int chains = DEFAULT_CHAINS;

    @Option(names = "--max-hops", paramLabel = "N", descriptionKey = "cli.criticality.maxHops")
    private int maxHops = CriticalityAnalysis.DEFAULT_MAX_HOPS;

    @Option(names = "--json", descriptionKey = "cli.criticality.json")
    private boolean json;

    CriticalityCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        CountArgument.requirePositive("--top", top, spec.commandLine(), context.messages());
        CountArgument.requirePositive("--chains", chains, spec.commandLine(), context.messages());
        CountArgument.requirePositive("--max-hops", maxHops, spec.commandLine(), context.messages());
        OptionalDouble minute = MinutesArgument.parse(horizon);
        if (minute.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), context.messages().text("cli.criticality.badHorizon", horizon));
        }
        Optional<Scenario> scenario = ScenarioArgument.load(context, spec, scenarioId);
        if (scenario.isEmpty()) {
            return 1;
        }
        CascadeGraph graph = CascadeGraph.of(scenario.get());
        CriticalityAnalysis analysis =
                new CriticalityAnalysis(CascadeSettings.DEFAULTS.withHorizons(minute.getAsDouble()));
        // the report the engine assembles has a fixed chain length; --max-hops sets ours
        CriticalityReport report = new CriticalityReport(
                minute.getAsDouble(),
                analysis.expectedImpacts(graph, 0),
                analysis.betweenness(graph),
                analysis.riskiestChains(graph, chains, maxHops));
        PrintWriter out = CliContext.out(spec);
        if (json) {
            out.println(new CriticalityJson().write(scenarioId, graph, report, maxHops));
            out.flush();
        } else {
            new CriticalityTable(context.messages()).print(out, scenarioId, graph, report, top, maxHops);
        }
        return 0;
    }
}
