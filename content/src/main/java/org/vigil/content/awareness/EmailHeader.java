package org.vigil.content.awareness;

/** One header of an email, its value decoded. */
public record EmailHeader(String name, String value) {}
