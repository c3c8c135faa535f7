/**
 * Vigil's serious games: one package per training module with its rules in plain Java and a thin
 * LibGDX screen on top, and {@code host} for the ways a game is shown (embedded in the workstation,
 * in a child process, headless for tests).
 */
package org.vigil.game;
