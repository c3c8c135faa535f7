package org.vigil.bench.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FrameWindowTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void ratesAreCountsOverTheWindowsSeconds() {
        FrameSample from = new FrameSample(5 * SECOND, 300, 290, 300, 4 * SECOND);
        FrameSample to = new FrameSample(15 * SECOND, 900, 860, 900, 12 * SECOND);

        FrameWindow window = new FrameWindow(from, to);

        assertThat(window.seconds()).isCloseTo(10, within(1e-9));
        assertThat(window.renderedPerSecond()).isCloseTo(60, within(1e-9));
        assertThat(window.shownPerSecond()).isCloseTo(57, within(1e-9));
        assertThat(window.pulsesPerSecond()).isCloseTo(60, within(1e-9));
    }

    @Test
    void cpuPerShownFrameIsTheProcessCpuDeltaOverFramesShown() {
        // 8 s of CPU over 570 shown frames in 10 s: 14.04 ms a frame, 0.8 cores
        FrameWindow window = new FrameWindow(
                new FrameSample(0, 0, 0, 0, 2 * SECOND), new FrameSample(10 * SECOND, 600, 570, 600, 10 * SECOND));

        assertThat(window.cpuMillisPerShownFrame()).isCloseTo(8_000.0 / 570, within(1e-9));
        assertThat(window.cores()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void noFrameShownMeansInfiniteCpuPerFrame() {
        FrameWindow window =
                new FrameWindow(new FrameSample(0, 10, 10, 0, 0), new FrameSample(SECOND, 70, 10, 60, SECOND / 2));

        assertThat(window.cpuMillisPerShownFrame()).isInfinite();
    }

    @Test
    void aWindowMustEndAfterItStarts() {
        FrameSample sample = new FrameSample(SECOND, 0, 0, 0, 0);

        assertThatIllegalArgumentException().isThrownBy(() -> new FrameWindow(sample, sample));
    }
}
