package org.vigil.app.live;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.vigil.app.RuleBook;
import org.vigil.core.correlate.LoadedRules;
import org.vigil.core.incident.IncidentListener;
import org.vigil.core.ingest.AssetMapper;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.ingest.LiveIngest;
import org.vigil.core.ingest.TagRule;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.Workspace;

/**
 * Builds the pipeline of one live source run: mapping to the given scenarios' assets, correlation by
 * the workstation's rules into incidents the window hears about, commits at least every half second.
 * Each run has its own correlator, so its windows follow its own event times.
 */
public final class LivePipelines {

    static final Duration COMMIT_EVERY = Duration.ofMillis(500);

    private final Workspace workspace;
    private final RuleBook ruleBook;
    private final LoadedRules rules;
    private final Clock clock;
    private final IncidentListener listener;

    public LivePipelines(
            Workspace workspace, RuleBook ruleBook, LoadedRules rules, Clock clock, IncidentListener listener) {
        this.workspace = workspace;
        this.ruleBook = ruleBook;
        this.rules = rules;
        this.clock = clock;
        this.listener = listener;
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
        return new EventPipeline(
                workspace.events(),
                new AssetMapper(scenarios, TagRule.among(rules.rules())),
                ruleBook.detection(rules, workspace, clock, listener),
                clock,
                FileIngest.DEFAULT_BATCH,
                IngestProgress.NONE);
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
