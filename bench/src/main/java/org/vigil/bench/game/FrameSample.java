package org.vigil.bench.game;

/**
 * Running totals read at one moment of embedded play.
 *
 * @param nanos {@link System#nanoTime()} when read
 * @param rendered frames the game had drawn and read back
 * @param shown frames the JavaFX view had put on screen
 * @param pulses JavaFX pulses (animation-timer calls) counted by the benchmark
 * @param cpuNanos CPU time of the whole process: every thread, Mesa's llvmpipe threads and the GC's
 *     included
 */
record FrameSample(long nanos, long rendered, long shown, long pulses, long cpuNanos) {}
