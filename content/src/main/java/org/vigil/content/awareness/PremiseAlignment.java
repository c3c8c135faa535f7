package org.vigil.content.awareness;

/**
 * How well a lure's premise fits its audience's work and life (NIST Phish Scale): the better it
 * fits, the harder it is to detect.
 */
public enum PremiseAlignment {
    LOW,
    MEDIUM,
    HIGH
}
