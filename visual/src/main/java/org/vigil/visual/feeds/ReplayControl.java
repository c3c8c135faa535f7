package org.vigil.visual.feeds;

import java.util.List;
import java.util.Optional;
import org.vigil.core.model.Scenario;
import org.vigil.core.replay.ReplayProgress;

/** The workstation's scenario replay, as the feeds page drives it. Safe to call from any thread. */
public interface ReplayControl {

    /** The scenario being (or last) replayed, if any. */
    Optional<Scenario> scenario();

    /** Where the replay is; empty when there is none. */
    Optional<ReplayProgress> progress();

    void pause();

    void resume();

    /** From 1× to 100×. */
    void setSpeed(double speed);

    /** Plays the scenario again from its start, as a new run (new events, new incidents). */
    void restart();

    /** The scenarios that can be replayed (reads the workspace: call off the UI thread). */
    List<Scenario> scenarios();

    /** Replays another scenario (or the same) from its start, as a new run. */
    void play(Scenario scenario);
}
