package org.vigil.visual.dashboard;

import java.util.List;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.model.IncidentState;

/** Everything one refresh of the dashboard loaded, off the UI thread, shown at once. */
record DashboardSnapshot(
        List<Tally<EventSeverity>> openBySeverity,
        List<Tally<IncidentState>> byState,
        List<LayerImpact> layers,
        List<FeedHealth> feeds,
        List<ServiceImpact> services,
        List<RecentChange> changes) {

    DashboardSnapshot {
        openBySeverity = List.copyOf(openBySeverity);
        byState = List.copyOf(byState);
        layers = List.copyOf(layers);
        feeds = List.copyOf(feeds);
        services = List.copyOf(services);
        changes = List.copyOf(changes);
    }
}
