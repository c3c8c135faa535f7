package org.vigil.content.awareness;

/** One cue that gives a lure away, where it is, and why it matters, in every language. */
public record RedFlag(String id, Cue cue, Anchor anchor, LocalizedText explanation) {}
