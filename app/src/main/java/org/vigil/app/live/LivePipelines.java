package org.vigil.app.live;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.vigil.app.RuleBook;
import org.vigil.core.anomaly.AnomalyConfig;
import org.vigil.core.anomaly.AnomalyListener;
import org.vigil.core.anomaly.AnomalyMonitor;
import org.vigil.core.anomaly.MonitorState;
import org.vigil.core.anomaly.SensitivitySettings;
import org.vigil.core.anomaly.StreamThresholds;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.ingest.AnomalyStage;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.ingest.LiveIngest;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/**
 * Builds the pipeline of one live source run: mapping to the given scenarios' assets, anomaly
 * detection, correlation by the workstation's rules into incidents the window hears about, commits at
 * least every half second. Each run has its own correlator, so its windows follow its own event times;
 * all runs share one anomaly monitor, since what is normal for an asset does not depend on which
 * source reports it. The monitor is restored from the workspace when the first run starts (off the UI
 * thread) and saved by each run as it ends and on {@link #close()}.
 */
public final class LivePipelines implements AutoCloseable {

    static final Duration COMMIT_EVERY = Duration.ofMillis(500);

    private final Workspace workspace;
    private final RuleBook ruleBook;
    private final LoadedRules rules;
    private final Clock clock;
    private final IncidentListener listener;
    private final AnomalyListener anomalyListener;
    private AnomalyMonitor monitor; // guarded by this

    public LivePipelines(
            Workspace workspace,
            RuleBook ruleBook,
            LoadedRules rules,
            Clock clock,
            IncidentListener listener,
            AnomalyListener anomalyListener) {
        this.workspace = workspace;
        this.ruleBook = ruleBook;
        this.rules = rules;
        this.clock = clock;
        this.listener = listener;
        this.anomalyListener = anomalyListener;
    }

    /** A pipeline mapping to every scenario of the workspace. */
    public LiveIngest open() {
        return open(scenarios());
    }

    /** A pipeline mapping only to these scenarios (a replay's events concern its own scenario). */
    public LiveIngest open(List<Scenario> scenarios) {
        return new LiveIngest(pipeline(scenarios), COMMIT_EVERY);
    }

    /** A pipeline for a source that commits by itself, on one thread (a followed file commits each poll). */
    public EventPipeline pipeline() {
        return pipeline(scenarios());
    }

    private EventPipeline pipeline(List<Scenario> scenarios) {
        AnomalyStage anomalies = new AnomalyStage(
                monitor(),
                workspace.events(),
                workspace.detectorStates(),
                ruleBook.detection(rules, workspace, clock, listener),
                anomalyListener,
                clock);
        return new EventPipeline(
                workspace.events(),
                new AssetMapper(scenarios, TagRule.among(rules.rules())),
                anomalies,
                clock,
                FileIngest.DEFAULT_BATCH,
                IngestProgress.NONE);
    }

    private synchronized AnomalyMonitor monitor() {
        if (monitor == null) {
            monitor = AnomalyMonitor.restore(
                    anomalyConfig(), workspace.detectorStates().load());
        }
        return monitor;
    }

    /**
     * What the monitor watches and how: the default streams of the workspace's scenarios, with the
     * sensitivities the analyst saved (an unreadable saved value counts as none tuned).
     */
    public AnomalyConfig anomalyConfig() {
        return AnomalyConfig.defaults(scenarios())
                .withThresholds(new SensitivitySettings(workspace.settings()::get, workspace.settings()::put)
                        .load()
                        .thresholds());
    }

    /** The analyst's sensitivities, for the points to come; a monitor made later reads them saved. */
    public synchronized void useThresholds(StreamThresholds tuned) {
        if (monitor != null) {
            synchronized (monitor) {
                monitor.useThresholds(tuned);
            }
        }
    }

    /** Saves what the shared anomaly monitor learnt, if any run started. Call once the sources are closed. */
    @Override
    public synchronized void close() {
        if (monitor != null) {
            synchronized (monitor) {
                MonitorState unsaved = monitor.unsaved();
                workspace.detectorStates().save(unsaved, clock.instant());
                monitor.saved(unsaved);
            }
        }
    }

    List<Scenario> scenarios() {
        return workspace.scenarios().all();
    }

    Workspace workspace() {
        return workspace;
    }

    Clock clock() {
        return clock;
    }
}
