package org.vigil.content.route;

import org.vigil.content.awareness.LocalizedText;

/** How an insider at HARD works around a mitigation that would otherwise stop a step, and why it works. */
public record Evasion(String mitigation, LocalizedText text) {}
