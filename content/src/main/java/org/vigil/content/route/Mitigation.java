package org.vigil.content.route;

import org.vigil.content.awareness.LocalizedText;

/** A measure the player can put in place for a delivery, what it costs from the budget and what it does. */
public record Mitigation(String id, int cost, LocalizedText name, LocalizedText purpose) {}
