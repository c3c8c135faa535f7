package org.vigil.visual.selection;

import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the analyst has picked, shared by the situation views so that a choice in one shows in the
 * others: the scenario they look at, the focused incident (the graph fades what lies outside its
 * neighbourhood, the board selects it), the selected assets (highlighted in the graph, filtering the
 * timeline), the time range brushed on the timeline (selecting incidents on the board and assets in
 * the graph) and the cascade minute the graph's time slider shows. One per window, built in app and
 * handed to each view model; properties change on the UI thread only.
 */
public final class SituationSelection {

    private final ObjectProperty<String> scenarioId = new SimpleObjectProperty<>(this, "scenarioId");
    private final ObjectProperty<String> incidentId = new SimpleObjectProperty<>(this, "incidentId");
    private final ObjectProperty<Set<String>> assetIds = new SimpleObjectProperty<>(this, "assetIds", Set.of());
    private final ObjectProperty<TimeRange> timeRange = new SimpleObjectProperty<>(this, "timeRange");
    private final ObjectProperty<Double> cascadeMinute = new SimpleObjectProperty<>(this, "cascadeMinute", 0.0);

    /** The scenario shown, or null before one is picked. */
    public ObjectProperty<String> scenarioIdProperty() {
        return scenarioId;
    }

    /** The focused incident, or null. */
    public ObjectProperty<String> incidentIdProperty() {
        return incidentId;
    }

    /** The selected assets; empty when none. Never null. */
    public ObjectProperty<Set<String>> assetIdsProperty() {
        return assetIds;
    }

    /** The brushed range of event time, or null when nothing is brushed. */
    public ObjectProperty<TimeRange> timeRangeProperty() {
        return timeRange;
    }

    /** Minutes since the cascade's start that the graph shows. */
    public ObjectProperty<Double> cascadeMinuteProperty() {
        return cascadeMinute;
    }

    public void selectAssets(Set<String> ids) {
        assetIds.set(Set.copyOf(Objects.requireNonNull(ids, "ids")));
    }

    public void clearAssets() {
        assetIds.set(Set.of());
    }
}
