/**
 * The ways a training game is shown, all running the same {@link org.vigil.game.host.TrainingGame}:
 * embedded in the workstation ({@link org.vigil.game.host.EmbeddedGameHost}), in a window of its own
 * in a child JVM ({@link org.vigil.game.host.ChildProcessGameHost} and its {@link
 * org.vigil.game.host.GameLauncher}), and headless for tests and scripted runs ({@link
 * org.vigil.game.host.HeadlessGameRunner}). {@link org.vigil.game.host.GameHosts} picks one for the
 * machine.
 */
package org.vigil.game.host;
