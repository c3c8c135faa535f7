package org.vigil.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigil.core.cascade.CascadeGraph;
import org.vigil.core.cascade.Diagnosis;
import org.vigil.core.cascade.DiagnosisSettings;
import org.vigil.core.cascade.Observation;
import org.vigil.core.cascade.RootCauseDiagnosis;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil diagnose --scenario NAME --observed ASSET[@TIME]... [--now TIME] [--top K]
 * [--json]}: the cascade question asked backwards. Given the assets that show incidents, and when
 * each was first seen if known, ranks the assets whose failure alone explains them best ({@link
 * RootCauseDiagnosis}) and says what the most likely ones predict: assets that should be failing
 * already and those that come next. The table is for people, in their language; JSON is for
 * scripts (see {@link DiagnosisJson}). Bad arguments are usage errors (exit 2) that name the
 * argument and the reason.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true)
final class DiagnoseCommand implements Callable<Integer> {

    static final int DEFAULT_TOP = 10;

    /** The engine's defaults: each candidate lists at most 20 overdue and 20 predicted assets. */
    static final DiagnosisSettings SETTINGS = DiagnosisSettings.DEFAULTS;

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", descriptionKey = "cli.diagnose.scenario")
    private String scenarioId;

    @Option(
            names = "--observed",
            required = true,
            paramLabel = "ASSET[@TIME]",
            descriptionKey = "cli.diagnose.observed")
    private List<String> observed = new ArrayList<>();

    @Option(names = "--now", paramLabel = "TIME", descriptionKey = "cli.diagnose.now")
    private String now;

    @Option(names = "--top", paramLabel = "K", descriptionKey = "cli.diagnose.top")
    private int top = DEFAULT_TOP;

    @Option(names = "--json", descriptionKey = "cli.diagnose.json")
    private boolean json;

    DiagnoseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        CountArgument.requirePositive("--top", top, spec.commandLine(), context.messages());
        OptionalDouble nowMinute = nowMinute();
        Optional<Scenario> scenario = ScenarioArgument.load(context, spec, scenarioId);
        if (scenario.isEmpty()) {
            return 1;
        }
        List<Observation> observations = observations(scenario.get());
        nowMinute.ifPresent(minute -> requireNoObservationAfter(minute, observations));
        CascadeGraph graph = CascadeGraph.of(scenario.get());
        Diagnosis diagnosis = new RootCauseDiagnosis(SETTINGS).diagnose(graph, observations, nowMinute);
        boolean relativeToNow = nowMinute.isEmpty()
                && observations.stream().noneMatch(o -> o.minute().isPresent());
        DiagnosisFindings findings = new DiagnosisFindings(scenarioId, graph, diagnosis, relativeToNow);
        PrintWriter out = CliContext.out(spec);
        if (json) {
            out.println(new DiagnosisJson().write(findings));
            out.flush();
        } else {
            new DiagnosisTable(context.messages()).print(out, findings, top);
        }
        return 0;
    }

    private OptionalDouble nowMinute() {
        if (now == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble minute = MinutesArgument.parse(now);
        if (minute.isEmpty()) {
            throw new ParameterException(spec.commandLine(), context.messages().text("cli.diagnose.badNow", now));
        }
        return minute;
    }

    private List<Observation> observations(Scenario scenario) {
        Set<String> assetIds = scenario.assets().stream().map(Asset::id).collect(Collectors.toSet());
        ObservationArgument parser = new ObservationArgument(spec.commandLine(), context.messages());
        return observed.stream()
                .map(o -> parser.parse(o, scenario.id(), assetIds))
                .toList();
    }

    /** "Now" is when the question is asked: nothing can have been seen later. */
    private void requireNoObservationAfter(double nowMinute, List<Observation> observations) {
        for (int i = 0; i < observations.size(); i++) {
            OptionalDouble seen = observations.get(i).minute();
            if (seen.isPresent() && seen.getAsDouble() > nowMinute) {
                throw new ParameterException(
                        spec.commandLine(),
                        context.messages().text("cli.diagnose.nowBeforeObservation", now, observed.get(i)));
            }
        }
    }
}
