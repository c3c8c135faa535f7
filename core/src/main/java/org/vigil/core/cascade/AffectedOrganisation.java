package org.vigil.core.cascade;

import java.util.List;
import java.util.Objects;

/**
 * An organisation whose assets depend, directly or through a chain, on a disrupted service and are
 * hit through it. It should hear about the disruption by {@code notifyByMinute}: the earliest
 * moment the cascade from the service reaches one of its assets, or the service's first continuity
 * breach if that comes sooner. {@code assetIds} are its assets hit through the service, earliest
 * first.
 */
public record AffectedOrganisation(String organisationId, double notifyByMinute, List<String> assetIds) {
    public AffectedOrganisation {
        Objects.requireNonNull(organisationId, "organisationId");
        assetIds = List.copyOf(assetIds);
    }
}
