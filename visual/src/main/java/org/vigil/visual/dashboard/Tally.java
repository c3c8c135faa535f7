package org.vigil.visual.dashboard;

import java.util.Objects;

/** How many of something one tile shows: open incidents of a severity, incidents in a state. */
public record Tally<K>(K key, long count) {

    public Tally {
        Objects.requireNonNull(key, "key");
    }
}
