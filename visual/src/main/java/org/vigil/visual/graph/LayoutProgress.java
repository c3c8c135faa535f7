package org.vigil.visual.graph;

/** How a layout reports how far it is, and learns that it should stop. */
public interface LayoutProgress {

    /** For layouts nobody watches. */
    LayoutProgress NONE = new LayoutProgress() {
        @Override
        public void reported(double fraction) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Done so far, 0 to 1. */
    void reported(double fraction);

    /** Whether to give up: the layout then throws {@link java.util.concurrent.CancellationException}. */
    boolean cancelled();
}
