package org.vigil.visual.timeline;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;
import org.vigil.core.store.EventHistoryRepository.Lanes;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The lanes of a scenario in the analyst's language: its assets by layer then name, or its organisations by name,
 * and last the lane of events that concern no modelled asset.
 */
final class SwimLanes {

    private final UiText text;
    private final ModelText names;

    SwimLanes(UiText text) {
        this.text = text;
        this.names = new ModelText(text);
    }

    List<Lane> of(Scenario scenario, Lanes grouping) {
        Collator collator = Collator.getInstance(text.messages().language().locale());
        List<Lane> lanes = new ArrayList<>();
        if (grouping == Lanes.ORGANISATION) {
            for (Organisation organisation : scenario.organisations()) {
                Set<String> assets = scenario.assets().stream()
                        .filter(a -> a.ownerId().equals(organisation.id()))
                        .map(Asset::id)
                        .collect(Collectors.toSet());
                lanes.add(new Lane(
                        organisation.id(),
                        Lane.Kind.ORGANISATION,
                        names.organisationName(scenario.texts(), organisation),
                        null,
                        assets));
            }
            lanes.sort(Comparator.comparing(Lane::label, collator));
        } else {
            for (Asset asset : scenario.assets()) {
                lanes.add(new Lane(
                        asset.id(),
                        Lane.Kind.ASSET,
                        names.assetName(scenario.texts(), asset),
                        asset.layer(),
                        Set.of(asset.id())));
            }
            lanes.sort(Comparator.comparing(Lane::layer).thenComparing(Lane::label, collator));
        }
        lanes.add(new Lane(Lane.UNMAPPED, Lane.Kind.UNMAPPED, text.get("timeline.lane.unmapped"), null, Set.of()));
        return List.copyOf(lanes);
    }
}
