package org.vigil.visual.graph;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigil.core.model.Asset;
import org.vigil.core.model.Scenario;

/**
 * Which organisations and asset groups are expanded. A closed organisation is one node; an open one
 * shows its groups, each a node while closed and its assets when open. Immutable: every change gives
 * a new value, so a scene build off the UI thread sees one consistent state.
 */
public record Collapsing(Set<String> openOrganisations, Set<GroupKey> openGroups) {

    public Collapsing {
        openOrganisations = Set.copyOf(openOrganisations);
        openGroups = Set.copyOf(openGroups);
    }

    /** Every organisation and group of the scenario opened down to {@code level}. */
    public static Collapsing at(DetailLevel level, Scenario scenario) {
        Set<String> organisations = level == DetailLevel.ORGANISATION
                ? Set.of()
                : scenario.assets().stream().map(Asset::ownerId).collect(Collectors.toSet());
        Set<GroupKey> groups = level == DetailLevel.ASSET
                ? scenario.assets().stream().map(Collapsing::groupOf).collect(Collectors.toSet())
                : Set.of();
        return new Collapsing(organisations, groups);
    }

    static GroupKey groupOf(Asset asset) {
        return new GroupKey(asset.ownerId(), asset.layer());
    }

    /** The id of the node that shows the asset at this level of detail. */
    public String nodeOf(Asset asset) {
        if (!openOrganisations.contains(asset.ownerId())) {
            return NodeIds.organisation(asset.ownerId());
        }
        GroupKey group = groupOf(asset);
        return openGroups.contains(group) ? asset.id() : NodeIds.group(group);
    }

    /**
     * Expands an organisation or group node one level; an asset node folds back into its group.
     * Unknown ids change nothing.
     */
    public Collapsing toggle(String nodeId, Scenario scenario) {
        Optional<String> organisation = NodeIds.organisationOf(nodeId);
        if (organisation.isPresent()) {
            return withOrganisation(organisation.get(), true);
        }
        Optional<GroupKey> group = NodeIds.groupOf(nodeId);
        if (group.isPresent()) {
            return withGroup(group.get(), true);
        }
        return scenario.asset(nodeId)
                .map(asset -> withGroup(groupOf(asset), false))
                .orElse(this);
    }

    /** Folds the node's organisation into one node. */
    public Collapsing collapseOrganisationOf(String nodeId, Scenario scenario) {
        return organisationOf(nodeId, scenario)
                .map(organisation -> withOrganisation(organisation, false))
                .orElse(this);
    }

    /** Opens whatever hides the asset, so that it shows as a node of its own. */
    public Collapsing reveal(Asset asset) {
        return withOrganisation(asset.ownerId(), true).withGroup(groupOf(asset), true);
    }

    public Collapsing withOrganisation(String organisationId, boolean open) {
        Set<String> next = new HashSet<>(openOrganisations);
        if (open) {
            next.add(organisationId);
        } else {
            next.remove(organisationId);
        }
        return new Collapsing(next, openGroups);
    }

    public Collapsing withGroup(GroupKey group, boolean open) {
        Set<GroupKey> next = new HashSet<>(openGroups);
        if (open) {
            next.add(group);
        } else {
            next.remove(group);
        }
        return new Collapsing(openOrganisations, next);
    }

    static Optional<String> organisationOf(String nodeId, Scenario scenario) {
        Optional<String> organisation = NodeIds.organisationOf(nodeId);
        if (organisation.isPresent()) {
            return organisation;
        }
        Optional<GroupKey> group = NodeIds.groupOf(nodeId);
        if (group.isPresent()) {
            return Optional.of(group.get().organisationId());
        }
        return scenario.asset(nodeId).map(Asset::ownerId);
    }
}
