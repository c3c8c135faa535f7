package org.vigil.core.model;

/** The four layers an asset lives in; cascades cross them. */
public enum Layer {
    CYBER,
    PHYSICAL,
    HUMAN,
    BUSINESS
}
