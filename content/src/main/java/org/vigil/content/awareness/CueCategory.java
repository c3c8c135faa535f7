package org.vigil.content.awareness;

/** The five cue categories of the NIST Phish Scale (NIST TN 2276). */
public enum CueCategory {
    ERRORS,
    TECHNICAL_INDICATORS,
    VISUAL_PRESENTATION_INDICATORS,
    LANGUAGE_AND_CONTENT,
    COMMON_TACTICS
}
