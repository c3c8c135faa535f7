package org.vigil.visual.graph;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * Layout progress for the page: reported on the UI thread, at most once per percent, so a layout of
 * thousands of steps does not flood it; cancelled when the page says so.
 */
final class ReportedProgress implements LayoutProgress {

    private final AtomicBoolean cancelled;
    private final Executor uiThread;
    private final DoubleConsumer shown;
    private volatile int lastPercent = -1;

    ReportedProgress(AtomicBoolean cancelled, Executor uiThread, DoubleConsumer shown) {
        this.cancelled = cancelled;
        this.uiThread = uiThread;
        this.shown = shown;
    }

    @Override
    public void reported(double fraction) {
        int percent = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
        if (percent != lastPercent) {
            lastPercent = percent;
            uiThread.execute(() -> shown.accept(percent / 100.0));
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }
}
