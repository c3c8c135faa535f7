package org.vigil.content.awareness;

/**
 * The cue types of the NIST Phish Scale (NIST TN 2276), used as a fixed vocabulary so that
 * red flags can be counted and compared across items and languages.
 */
public enum Cue {
    SPELLING_AND_GRAMMAR(CueCategory.ERRORS),
    INCONSISTENCY(CueCategory.ERRORS),

    ATTACHMENT_TYPE(CueCategory.TECHNICAL_INDICATORS),
    DISPLAY_NAME_HIDING(CueCategory.TECHNICAL_INDICATORS),
    URL_HYPERLINKING(CueCategory.TECHNICAL_INDICATORS),
    DOMAIN_SPOOFING(CueCategory.TECHNICAL_INDICATORS),

    NO_MINIMAL_BRANDING(CueCategory.VISUAL_PRESENTATION_INDICATORS),
    LOGO_IMITATION(CueCategory.VISUAL_PRESENTATION_INDICATORS),
    UNPROFESSIONAL_DESIGN(CueCategory.VISUAL_PRESENTATION_INDICATORS),
    SECURITY_INDICATORS(CueCategory.VISUAL_PRESENTATION_INDICATORS),

    LEGAL_LANGUAGE(CueCategory.LANGUAGE_AND_CONTENT),
    DISTRACTING_DETAIL(CueCategory.LANGUAGE_AND_CONTENT),
    REQUESTS_SENSITIVE_INFORMATION(CueCategory.LANGUAGE_AND_CONTENT),
    SENSE_OF_URGENCY(CueCategory.LANGUAGE_AND_CONTENT),
    THREATENING_LANGUAGE(CueCategory.LANGUAGE_AND_CONTENT),
    GENERIC_GREETING(CueCategory.LANGUAGE_AND_CONTENT),
    LACK_OF_SIGNER_DETAILS(CueCategory.LANGUAGE_AND_CONTENT),

    HUMANITARIAN_APPEAL(CueCategory.COMMON_TACTICS),
    TOO_GOOD_TO_BE_TRUE(CueCategory.COMMON_TACTICS),
    YOU_ARE_SPECIAL(CueCategory.COMMON_TACTICS),
    LIMITED_TIME_OFFER(CueCategory.COMMON_TACTICS),
    MIMICS_BUSINESS_PROCESS(CueCategory.COMMON_TACTICS),
    POSES_AS_KNOWN_PERSON_OR_AUTHORITY(CueCategory.COMMON_TACTICS);

    private final CueCategory category;

    Cue(CueCategory category) {
        this.category = category;
    }

    public CueCategory category() {
        return category;
    }
}
