package org.vigil.core.cascade;

/** A bar of a blast-radius histogram: in {@code runs} runs, {@code assets} assets were hit. */
public record BlastRadiusCount(int assets, int runs) {}
