package org.vigil.visual.graph;

import java.util.Optional;
import org.vigil.core.model.Layer;

/**
 * Ids of drawn nodes: an asset keeps its own id; groups and organisations get a prefix with a colon,
 * which asset ids never contain, so the three never collide.
 */
final class NodeIds {

    private static final String GROUP = "group:";
    private static final String ORGANISATION = "organisation:";

    private NodeIds() {}

    static String group(GroupKey key) {
        return GROUP + key.organisationId() + ":" + key.layer().name();
    }

    static String organisation(String organisationId) {
        return ORGANISATION + organisationId;
    }

    /** The group a group node id names, if it names one. */
    static Optional<GroupKey> groupOf(String nodeId) {
        if (nodeId == null || !nodeId.startsWith(GROUP)) {
            return Optional.empty();
        }
        String rest = nodeId.substring(GROUP.length());
        int colon = rest.lastIndexOf(':');
        try {
            return Optional.of(new GroupKey(rest.substring(0, colon), Layer.valueOf(rest.substring(colon + 1))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The organisation an organisation node id names, if it names one. */
    static Optional<String> organisationOf(String nodeId) {
        return nodeId != null && nodeId.startsWith(ORGANISATION)
                ? Optional.of(nodeId.substring(ORGANISATION.length()))
                : Optional.empty();
    }
}
