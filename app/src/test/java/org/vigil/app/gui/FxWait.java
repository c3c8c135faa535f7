package org.vigil.app.gui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** How the window tests wait for what the window does in the background, letting JavaFX run meanwhile. */
final class FxWait {

    /** Long enough for a replay, a layout or a child JVM on a loaded two-core machine. */
    private static final long SECONDS = 120;

    private FxWait() {}

    static void until(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(100);
        }
    }
}
