package org.vigil.content.awareness;

/** A sign that a legitimate item is what it claims to be, for "why is this one real?" feedback. */
public record TrustSignal(String id, Anchor anchor, LocalizedText explanation) {}
