package org.vigil.content.awareness;

/** A note on one clause of terms and conditions: what it governs, whether it is fair, and why. */
public record ClauseNote(String id, Verdict verdict, ClauseTopic topic, Anchor anchor, LocalizedText explanation) {}
