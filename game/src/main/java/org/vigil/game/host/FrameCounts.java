package org.vigil.game.host;

/**
 * How many frames a running game has produced so far, for benchmarks ({@code bench/game}).
 *
 * @param rendered frames the game drew and handed over, whether or not they were shown
 * @param shown frames the JavaFX view put on screen: at most one a pulse, so fewer than rendered when
 *     the game draws faster than JavaFX pulses or the two drift apart
 */
public record FrameCounts(long rendered, long shown) {}
