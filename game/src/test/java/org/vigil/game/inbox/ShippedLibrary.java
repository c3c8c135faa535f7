package org.vigil.game.inbox;

import org.vigil.content.awareness.AwarenessLibrary;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;

/** The real awareness content, read once for all tests of the module. */
public final class ShippedLibrary {

    private static final AwarenessLibrary LIBRARY = new ShippedAwareness(new AwarenessReader()).load();

    private ShippedLibrary() {}

    public static AwarenessLibrary get() {
        return LIBRARY;
    }
}
