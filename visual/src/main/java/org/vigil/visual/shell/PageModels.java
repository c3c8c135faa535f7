package org.vigil.visual.shell;

import java.util.Objects;
import org.vigil.visual.anomaly.AnomalyStreamsViewModel;
import org.vigil.visual.cascade.CascadeViewModel;
import org.vigil.visual.content.ContentViewModel;
import org.vigil.visual.dashboard.DashboardViewModel;
import org.vigil.visual.feeds.FeedsViewModel;
import org.vigil.visual.feeds.LiveSourcesViewModel;
import org.vigil.visual.graph.GraphAnomalies;
import org.vigil.visual.graph.GraphViewModel;
import org.vigil.visual.incidents.IncidentsViewModel;
import org.vigil.visual.report.ReportsViewModel;
import org.vigil.visual.selection.SituationSelection;
import org.vigil.visual.settings.SettingsViewModel;
import org.vigil.visual.situation.AssetTableViewModel;
import org.vigil.visual.situation.ScenarioListViewModel;
import org.vigil.visual.timeline.TimelineViewModel;
import org.vigil.visual.training.TrainingViewModel;

/**
 * The view models of the window's pages and the selection the situation views share, as the
 * application wires them.
 */
public record PageModels(
        SituationSelection selection,
        ScenarioListViewModel scenarios,
        AssetTableViewModel assets,
        DashboardViewModel dashboard,
        TimelineViewModel timeline,
        AnomalyStreamsViewModel anomalies,
        GraphViewModel graph,
        GraphAnomalies graphAnomalies,
        CascadeViewModel cascade,
        IncidentsViewModel incidents,
        ReportsViewModel reports,
        FeedsViewModel feeds,
        LiveSourcesViewModel liveSources,
        TrainingViewModel training,
        ContentViewModel content,
        SettingsViewModel settings) {

    public PageModels {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(dashboard, "dashboard");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(anomalies, "anomalies");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(graphAnomalies, "graphAnomalies");
        Objects.requireNonNull(cascade, "cascade");
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(liveSources, "liveSources");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(settings, "settings");
    }
}
