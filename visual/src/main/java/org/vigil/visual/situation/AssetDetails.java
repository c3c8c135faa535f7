package org.vigil.visual.situation;

import java.util.List;
import java.util.Optional;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Dependency;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Scenario;

/** What the inspector shows of one asset: its owner and its dependencies in both directions. */
public record AssetDetails(Asset asset, Optional<Organisation> owner, List<Link> dependsOn, List<Link> neededBy) {

    /** A dependency seen from the inspected asset, with the asset at its other end. */
    public record Link(Dependency dependency, Asset other) {}

    public AssetDetails {
        dependsOn = List.copyOf(dependsOn);
        neededBy = List.copyOf(neededBy);
    }

    public static AssetDetails of(Scenario scenario, Asset asset) {
        var byId = scenario.assetsById();
        List<Link> in = scenario.dependenciesInto(asset.id()).stream()
                .map(d -> new Link(d, byId.get(d.fromId())))
                .toList();
        List<Link> out = scenario.dependenciesOutOf(asset.id()).stream()
                .map(d -> new Link(d, byId.get(d.toId())))
                .toList();
        return new AssetDetails(asset, scenario.organisation(asset.ownerId()), in, out);
    }
}
