package org.vigil.core.topology;

import java.util.Objects;
import org.vigil.core.model.Asset;
import org.vigil.core.model.AssetKind;
import org.vigil.core.model.Organisation;

/**
 * How a topology becomes a scenario: the scenario's id and name, the organisation that owns every
 * node without an {@code organisation} attribute, the kind and criticality of nodes that do not
 * say, the parameters of dependencies whose edges do not say, and how links become dependencies.
 *
 * @param scenarioDescription the scenario's description; if blank, the import says which file the
 *     scenario comes from (a scenario file needs a description)
 * @param undirectedBothWays whether an undirected link becomes a dependency in each direction;
 *     otherwise it becomes one, from the first node named to the second
 * @param edgeListDirected whether the lines of an edge list are directed links (first to second)
 *     rather than undirected ones
 * @param weight which parameter an edge's {@code weight} gives, if any
 */
public record TopologyOptions(
        String scenarioId,
        String scenarioName,
        String scenarioDescription,
        Organisation organisation,
        AssetKind assetKind,
        int criticality,
        DependencyDefaults dependency,
        boolean undirectedBothWays,
        boolean edgeListDirected,
        WeightMapping weight) {

    public static final int DEFAULT_CRITICALITY = 3;

    public TopologyOptions {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(scenarioName, "scenarioName");
        Objects.requireNonNull(scenarioDescription, "scenarioDescription");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(assetKind, "assetKind");
        Objects.requireNonNull(dependency, "dependency");
        Objects.requireNonNull(weight, "weight");
        if (!IdRule.isVigilId(scenarioId) || !IdRule.isVigilId(organisation.id())) {
            throw new IllegalArgumentException("not Vigil ids: " + scenarioId + ", " + organisation.id());
        }
        if (scenarioName.isBlank() || organisation.name().isBlank()) {
            throw new IllegalArgumentException("scenario and organisation need names");
        }
        if (assetKind == AssetKind.BUSINESS_SERVICE) {
            // A business service needs continuity targets, which no topology file gives.
            throw new IllegalArgumentException("business services cannot be imported from a topology");
        }
        if (criticality < Asset.MIN_CRITICALITY || criticality > Asset.MAX_CRITICALITY) {
            throw new IllegalArgumentException("criticality out of range: " + criticality);
        }
    }

    /** Every node an asset of the given kind owned by the given organisation, with standard dependencies. */
    public static TopologyOptions of(
            String scenarioId, String scenarioName, Organisation organisation, AssetKind assetKind) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                "",
                organisation,
                assetKind,
                DEFAULT_CRITICALITY,
                DependencyDefaults.STANDARD,
                true,
                false,
                WeightMapping.IGNORE);
    }

    public TopologyOptions withDescription(String value) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                value,
                organisation,
                assetKind,
                criticality,
                dependency,
                undirectedBothWays,
                edgeListDirected,
                weight);
    }

    public TopologyOptions withCriticality(int value) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                scenarioDescription,
                organisation,
                assetKind,
                value,
                dependency,
                undirectedBothWays,
                edgeListDirected,
                weight);
    }

    public TopologyOptions withDependency(DependencyDefaults value) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                scenarioDescription,
                organisation,
                assetKind,
                criticality,
                value,
                undirectedBothWays,
                edgeListDirected,
                weight);
    }

    public TopologyOptions withUndirectedBothWays(boolean value) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                scenarioDescription,
                organisation,
                assetKind,
                criticality,
                dependency,
                value,
                edgeListDirected,
                weight);
    }

    public TopologyOptions withEdgeListDirected(boolean value) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                scenarioDescription,
                organisation,
                assetKind,
                criticality,
                dependency,
                undirectedBothWays,
                value,
                weight);
    }

    public TopologyOptions withWeight(WeightMapping value) {
        return new TopologyOptions(
                scenarioId,
                scenarioName,
                scenarioDescription,
                organisation,
                assetKind,
                criticality,
                dependency,
                undirectedBothWays,
                edgeListDirected,
                value);
    }
}
