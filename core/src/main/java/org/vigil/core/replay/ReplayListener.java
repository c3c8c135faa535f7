package org.vigil.core.replay;

/**
 * Told of every change of a replay's state and of every event delivered. Called with the replay's
 * lock held, from the thread that caused the change: hand the work off (e.g. to the UI thread)
 * rather than blocking; calling the replay's own methods is allowed.
 */
@FunctionalInterface
public interface ReplayListener {

    void changed(ReplayProgress progress);
}
