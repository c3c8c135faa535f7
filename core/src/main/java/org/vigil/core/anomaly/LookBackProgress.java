package org.vigil.core.anomaly;

/** How a look-back reports how far it is, and learns that it should stop. */
public interface LookBackProgress {

    /** For look-backs nobody watches. */
    LookBackProgress NONE = new LookBackProgress() {
        @Override
        public void reported(double fraction) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Done so far, 0 to 1, by event time. */
    void reported(double fraction);

    /** Whether to give up: the look-back then throws {@link java.util.concurrent.CancellationException}. */
    boolean cancelled();
}
