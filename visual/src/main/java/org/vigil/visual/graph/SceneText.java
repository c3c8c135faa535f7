package org.vigil.visual.graph;

import org.vigil.core.model.Asset;
import org.vigil.core.model.Layer;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;
import org.vigil.visual.graph.scene.NodeCondition;
import org.vigil.visual.text.ModelText;
import org.vigil.visual.text.UiText;

/**
 * The graph's words in one language: node labels (scenario text, in the scenario's translation),
 * tooltips, conditions and cascade minutes. Made from a fixed set of messages, so a scene build off
 * the UI thread reads one language throughout.
 */
public final class SceneText {

    private final UiText text;
    private final ModelText model;
    private final Scenario scenario;

    public SceneText(UiText text, Scenario scenario) {
        this.text = new UiText(text.messages());
        this.model = new ModelText(this.text);
        this.scenario = scenario;
    }

    public String get(String key, Object... args) {
        return text.get(key, args);
    }

    public String assetName(String assetId) {
        return scenario.asset(assetId)
                .map(a -> model.assetName(scenario.texts(), a))
                .orElse(assetId);
    }

    public String assetName(Asset asset) {
        return model.assetName(scenario.texts(), asset);
    }

    public String organisationName(String organisationId) {
        return scenario.organisation(organisationId)
                .map(o -> model.organisationName(scenario.texts(), o))
                .orElse(organisationId);
    }

    public String organisationName(Organisation organisation) {
        return model.organisationName(scenario.texts(), organisation);
    }

    public String layer(Layer layer) {
        return model.layer(layer);
    }

    public String kind(Asset asset) {
        return model.kind(asset.kind());
    }

    public String condition(NodeCondition condition) {
        return text.get("graph.condition." + condition.name());
    }

    public String groupLabel(String organisationId, Layer layer) {
        return text.get("graph.group.label", organisationName(organisationId), layer(layer));
    }

    /** A cascade minute as the page writes it. */
    public String minute(double minute) {
        return new MinuteText(text).of(minute);
    }

    public String assetTooltip(Asset asset, AssetState state) {
        StringBuilder tooltip = new StringBuilder(text.get(
                "graph.tooltip.asset",
                assetName(asset),
                kind(asset),
                layer(asset.layer()),
                organisationName(asset.ownerId()),
                condition(state.condition()),
                state.impact()));
        state.onsetMinute()
                .ifPresent(onset -> tooltip.append('\n').append(text.get("graph.tooltip.onset", minute(onset))));
        if (state.incident()) {
            tooltip.append('\n').append(text.get("graph.tooltip.incident"));
        }
        return tooltip.toString();
    }

    public String groupTooltip(
            String organisationId, Layer layer, int members, NodeCondition worst, double impact, boolean incident) {
        String tooltip =
                text.get("graph.tooltip.group", groupLabel(organisationId, layer), members, condition(worst), impact);
        return incident ? tooltip + "\n" + text.get("graph.tooltip.incident") : tooltip;
    }

    public String organisationTooltip(
            String organisationId, int members, NodeCondition worst, double impact, boolean incident) {
        String tooltip = text.get(
                "graph.tooltip.organisation", organisationName(organisationId), members, condition(worst), impact);
        return incident ? tooltip + "\n" + text.get("graph.tooltip.incident") : tooltip;
    }
}
