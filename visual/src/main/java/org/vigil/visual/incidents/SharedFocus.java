package org.vigil.visual.incidents;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.core.model.IncidentSummary;
import org.vigil.visual.selection.SituationSelection;

/**
 * The board's side of the window's shared selection: it publishes the incident the analyst picks
 * with its assets, and passes on incidents focused elsewhere (graph, timeline, dashboard).
 */
final class SharedFocus {

    private final SituationSelection selection;

    SharedFocus(SituationSelection selection, Consumer<String> focusedElsewhere) {
        this.selection = selection;
        selection.incidentIdProperty().addListener((obs, old, now) -> {
            if (now != null) {
                focusedElsewhere.accept(now);
            }
        });
    }

    /**
     * Focuses the incident and selects its assets. The graph and the timeline know assets by their id
     * within the scenario shown, so the scenario follows when all the incident's assets lie in one.
     */
    void publish(IncidentSummary incident) {
        selection.incidentIdProperty().set(incident.id());
        Set<String> scenarioIds = new LinkedHashSet<>();
        incident.assetIds().forEach(key -> scenarioIds.add(AssetNames.scenarioId(key)));
        if (scenarioIds.size() == 1) {
            selection.scenarioIdProperty().set(scenarioIds.iterator().next());
        }
        selection.selectAssets(
                Set.copyOf(incident.assetIds().stream().map(AssetNames::assetId).toList()));
    }

    /** Focuses an incident the board has no summary of (yet): its assets stay as they are. */
    void publish(String incidentId) {
        selection.incidentIdProperty().set(incidentId);
    }
}
