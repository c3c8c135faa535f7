package org.vigil.visual.cascade;

/** Where the cascade panel's start set comes from. */
public enum StartSource {
    /** The assets of the scenario's open incidents, as the live cascade follows them. */
    LIVE,
    /** The assets selected in the situation views, each in the state the analyst chose. */
    SELECTED_ASSETS
}
