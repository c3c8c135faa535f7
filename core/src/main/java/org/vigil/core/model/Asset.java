package org.vigil.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something an organisation depends on, in one of the four layers. */
public record Asset(
        String id,
        AssetKind kind,
        String ownerId,
        String name,
        String description,
        int criticality,
        List<String> tags,
        List<AssetIdentifier> identifiers,
        Optional<ContinuityTargets> continuity) {

    public static final int MIN_CRITICALITY = 1;
    public static final int MAX_CRITICALITY = 5;

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        if (criticality < MIN_CRITICALITY || criticality > MAX_CRITICALITY) {
            throw new IllegalArgumentException("criticality out of range: " + criticality);
        }
        tags = List.copyOf(tags);
        identifiers = List.copyOf(identifiers);
        Objects.requireNonNull(continuity, "continuity");
    }

    public Layer layer() {
        return kind.layer();
    }
}
