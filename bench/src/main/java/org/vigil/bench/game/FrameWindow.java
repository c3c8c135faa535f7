package org.vigil.bench.game;

/** What happened between two samples of embedded play: rates per second and CPU per shown frame. */
record FrameWindow(FrameSample from, FrameSample to) {

    FrameWindow {
        if (to.nanos() <= from.nanos()) {
            throw new IllegalArgumentException("the window must end after it starts");
        }
    }

    double seconds() {
        return (to.nanos() - from.nanos()) / 1e9;
    }

    long shownFrames() {
        return to.shown() - from.shown();
    }

    double renderedPerSecond() {
        return (to.rendered() - from.rendered()) / seconds();
    }

    double shownPerSecond() {
        return shownFrames() / seconds();
    }

    double pulsesPerSecond() {
        return (to.pulses() - from.pulses()) / seconds();
    }

    /** Process CPU time per frame JavaFX showed, in milliseconds; infinite if none was shown. */
    double cpuMillisPerShownFrame() {
        long frames = shownFrames();
        return frames == 0 ? Double.POSITIVE_INFINITY : (to.cpuNanos() - from.cpuNanos()) / 1e6 / frames;
    }

    /** CPU cores the process kept busy on average: 1.0 is one core all the time. */
    double cores() {
        return (to.cpuNanos() - from.cpuNanos()) / 1e9 / seconds();
    }
}
