package org.vigil.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigil.app.RuleBook;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.correlate.RuleProblem;
import org.vigil.core.incident.IncidentDetection;
import org.vigil.core.ingest.AnomalyStage;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventCorrelation;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;
import org.vigil.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code ingest}, {@code follow} and {@code listen} set up alike: the asset mapping to the
 * workspace's scenarios (identifiers and tag rules) and incident detection by the shipped packs and
 * the user's rule folders, with the bounds from the command line; bad rules are listed on standard
 * error and the others still used. Counts the incidents it raised or grew, from any thread.
 */
final class CorrelatedMapping {

    private final Messages messages;
    private final AssetMapper mapper;
    private final IncidentDetection detection;
    private final AnomalyStage anomalies;
    private final AtomicInteger anomalyCount = new AtomicInteger();
    private final Set<String> incidents = ConcurrentHashMap.newKeySet();

    CorrelatedMapping(
            CliContext context,
            CommandSpec spec,
            CorrelationOptions options,
            RuleBook ruleBook,
            Workspace workspace,
            Clock clock) {
        this.messages = context.messages();
        PrintWriter err = CliContext.err(spec);
        LoadedRules rules = ruleBook.load(options.ruleFolders());
        for (RuleProblem problem : rules.problems()) {
            err.println(messages.text("cli.rules.problem", problem.file(), problem.reason()));
        }
        List<Scenario> scenarios = workspace.scenarios().all();
        this.mapper = new AssetMapper(scenarios, TagRule.among(rules.rules()));
        this.detection = ruleBook.detection(rules, options.config(spec, messages), workspace, clock, incidents::add);
        // The anomaly monitor goes on from what it learnt in earlier runs on this workspace.
        this.anomalies = AnomalyStage.open(
                workspace,
                AnomalyConfig.defaults(scenarios),
                detection,
                raised -> anomalyCount.addAndGet(raised.size()),
                clock);
    }

    AssetMapper mapper() {
        return mapper;
    }

    /** Anomaly detection, then correlation: what every stored batch goes through. */
    EventCorrelation correlation() {
        return anomalies;
    }

    /** A pipeline storing into the workspace through this mapping and detection, for a source fed by one thread. */
    EventPipeline pipeline(Workspace workspace, Clock clock, IngestProgress progress) {
        return new EventPipeline(workspace.events(), mapper, anomalies, clock, FileIngest.DEFAULT_BATCH, progress);
    }

    /** What correlation saw and how many incidents it raised or grew, two lines. */
    void printSummary(PrintWriter out) {
        out.println(CorrelationOptions.describe(messages, detection.stats()));
        out.println(messages.text("cli.ingest.anomalies", anomalyCount.get()));
        out.println(messages.text("cli.ingest.incidents", incidents.size()));
    }
}
