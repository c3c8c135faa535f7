package org.vigil.content.awareness;

/** One answer to choose from. */
public record QuizOption(String id, LocalizedText text, boolean correct) {}
