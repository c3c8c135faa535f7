package org.vigil.core.cascade;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of an explanation path: impact goes from {@code fromId} to {@code toId} and arrives at
 * {@code arrivalMinute}. {@code likelihood} is the step's factor in the path's likelihood: the
 * dependency's likelihood, and for a redundancy group also the likelihoods of the other members'
 * sources being hit and passing it on, since all of them must fail.
 */
public record Hop(
        String fromId, String toId, double likelihood, double arrivalMinute, Optional<String> redundancyGroup) {
    public Hop {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(redundancyGroup, "redundancyGroup");
    }
}
