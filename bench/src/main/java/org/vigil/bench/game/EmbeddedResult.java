package org.vigil.bench.game;

/**
 * The embedded host's measurement.
 *
 * @param window what happened while measured
 * @param glRenderer the GL renderer and version the game drew with
 */
record EmbeddedResult(FrameWindow window, String glRenderer) {}
