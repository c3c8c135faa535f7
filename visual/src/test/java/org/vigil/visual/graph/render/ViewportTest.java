package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewportTest {

    @Test
    void worldAndScreenCoordinatesRoundTripUnderZoomAndPan() {
        // given a view zoomed round a point and panned
        Viewport view = new Viewport();
        view.zoomAt(3.7, 120, 80);
        view.panBy(-45, 230);
        view.zoomAt(0.4, 10, 500);

        // when points go to the screen and back, then they come back where they were
        for (double[] p : new double[][] {{0, 0}, {1234.5, -77}, {-300, 9000}}) {
            assertThat(view.worldX(view.screenX(p[0]))).isCloseTo(p[0], within(1e-9));
            assertThat(view.worldY(view.screenY(p[1]))).isCloseTo(p[1], within(1e-9));
        }
    }

    @Test
    void zoomingKeepsTheWorldPointUnderThePointer() {
        // given a view and the world point under the pointer
        Viewport view = new Viewport();
        view.panBy(33, -12);
        double wx = view.worldX(200);
        double wy = view.worldY(150);

        // when zooming in round the pointer
        view.zoomAt(2.5, 200, 150);

        // then that world point is still under the pointer, and the scale grew
        assertThat(view.screenX(wx)).isCloseTo(200, within(1e-9));
        assertThat(view.screenY(wy)).isCloseTo(150, within(1e-9));
        assertThat(view.scale()).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void fitPutsTheWholeExtentInViewCentred() {
        // given a wide extent away from the origin and a view of 800 × 600
        Viewport view = new Viewport();
        view.zoomAt(7, 0, 0);

        // when fitted
        view.fit(-500, 100, 3500, 900, 800, 600);

        // then all four corners lie inside the view, the extent fills its width less the margins, centred
        assertThat(view.screenX(-500)).isBetween(0.0, 800.0);
        assertThat(view.screenX(3500)).isBetween(0.0, 800.0);
        assertThat(view.screenY(100)).isBetween(0.0, 600.0);
        assertThat(view.screenY(900)).isBetween(0.0, 600.0);
        assertThat(view.screenX(3500) - view.screenX(-500)).isCloseTo(800 - 2 * Viewport.FIT_MARGIN, within(1e-9));
        assertThat(view.screenX(1500)).isCloseTo(400, within(1e-9));
        assertThat(view.screenY(500)).isCloseTo(300, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimits() {
        Viewport view = new Viewport();

        view.zoomAt(1e9, 0, 0);

        assertThat(view.scale()).isEqualTo(Viewport.MAX_SCALE);
    }
}
