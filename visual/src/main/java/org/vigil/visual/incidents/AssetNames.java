package org.vigil.visual.incidents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.ScenarioTexts;

/**
 * Names of the assets incidents name as {@code scenario/asset}, in the analyst's language, from the
 * workspace's scenarios; an asset no scenario knows (any more) is shown by its id.
 */
final class AssetNames {

    static final AssetNames NONE = new AssetNames(Map.of());

    private record Named(Asset asset, ScenarioTexts texts) {}

    private final Map<String, Named> byKey;

    private AssetNames(Map<String, Named> byKey) {
        this.byKey = byKey;
    }

    static AssetNames of(List<Scenario> scenarios) {
        Map<String, Named> byKey = new HashMap<>();
        for (Scenario scenario : scenarios) {
            for (Asset asset : scenario.assets()) {
                byKey.put(scenario.id() + "/" + asset.id(), new Named(asset, scenario.texts()));
            }
        }
        return new AssetNames(Map.copyOf(byKey));
    }

    boolean knowsAll(List<String> keys) {
        return byKey.keySet().containsAll(keys);
    }

    String name(String key, String languageTag) {
        Named named = byKey.get(key);
        if (named == null) {
            return assetId(key);
        }
        return named.texts()
                .text(
                        languageTag,
                        ScenarioTexts.assetName(named.asset().id()),
                        named.asset().name());
    }

    /** The asset's id within its scenario: what the graph and the timeline select assets by. */
    static String assetId(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    /** The scenario part of a {@code scenario/asset} key. */
    static String scenarioId(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }
}
