package org.vigil.visual.graph;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What stands out in a scene: the selected node, the assets to highlight (the selected asset's
 * explanation path, assets selected elsewhere), the dependencies of the path as {@code [from, to]}
 * pairs, and the assets in focus around an incident (empty: no focus, nothing fades).
 */
public record Highlights(
        Optional<String> selectedNodeId,
        Set<String> assets,
        Set<List<String>> dependencies,
        Optional<Set<String>> focus) {

    public static final Highlights NONE = new Highlights(Optional.empty(), Set.of(), Set.of(), Optional.empty());

    public Highlights {
        assets = Set.copyOf(assets);
        dependencies = Set.copyOf(dependencies);
        focus = focus.map(Set::copyOf);
    }
}
