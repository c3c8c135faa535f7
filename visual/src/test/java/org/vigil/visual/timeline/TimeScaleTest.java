package org.vigil.visual.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The timeline's mapping of event time to x, under zoom and pan. */
class TimeScaleTest {

    private static final Instant NINE = Instant.parse("2025-03-17T09:00:00Z");
    private static final Instant TEN = Instant.parse("2025-03-17T10:00:00Z");

    private final TimeScale hour = new TimeScale(NINE, TEN, 600);

    @Test
    void timeMapsToXAcrossTheWidthAndBack() {
        assertThat(hour.x(NINE)).isEqualTo(0);
        assertThat(hour.x(TEN)).isEqualTo(600);
        assertThat(hour.x(NINE.plus(Duration.ofMinutes(15)))).isEqualTo(150);
        assertThat(hour.at(450)).isEqualTo(NINE.plus(Duration.ofMinutes(45)));
        assertThat(hour.x(NINE.minus(Duration.ofMinutes(6))))
                .as("before the view: left of it")
                .isEqualTo(-60);
    }

    @Test
    void zoomingKeepsTheInstantUnderThePointerInPlace() {
        // given the pointer at 10:20 of a 09:00..10:00 view, a third of the way
        double pointer = 200;
        Instant under = hour.at(pointer);

        // when zooming in twice as close, then out three times
        TimeScale closer = hour.zoomed(2, pointer);
        TimeScale farther = closer.zoomed(1.0 / 3, pointer);

        // then
        assertThat(closer.span()).isEqualTo(Duration.ofMinutes(30));
        assertThat(closer.at(pointer)).isEqualTo(under);
        assertThat(closer.x(under)).isCloseTo(pointer, within(1e-6));
        assertThat(farther.span()).isEqualTo(Duration.ofMinutes(90));
        assertThat(farther.x(under)).isCloseTo(pointer, within(1e-6));
        assertThat(closer.from()).isEqualTo(Instant.parse("2025-03-17T09:10:00Z"));
    }

    @Test
    void panningMovesTheContentWithTheDrag() {
        // when the content is dragged 60 px to the right: six minutes earlier come into view
        TimeScale dragged = hour.panned(60);

        // then
        assertThat(dragged.from()).isEqualTo(NINE.minus(Duration.ofMinutes(6)));
        assertThat(dragged.span()).isEqualTo(hour.span());
        assertThat(dragged.x(NINE)).isEqualTo(60);
        assertThat(dragged.panned(-60)).isEqualTo(hour);
    }

    @Test
    void zoomStopsAtASecondAndAtACentury() {
        TimeScale in = hour;
        for (int i = 0; i < 100; i++) {
            in = in.zoomed(10, 300);
        }
        TimeScale out = hour;
        for (int i = 0; i < 100; i++) {
            out = out.zoomed(0.1, 300);
        }

        assertThat(in.span()).isEqualTo(TimeScale.MIN_SPAN);
        assertThat(out.span()).isEqualTo(TimeScale.MAX_SPAN);
    }

    @Test
    void resizingSpreadsTheSameSpanOverTheNewWidth() {
        TimeScale wide = hour.resized(1200);

        assertThat(wide.span()).isEqualTo(hour.span());
        assertThat(wide.x(NINE.plus(Duration.ofMinutes(15)))).isEqualTo(300);
    }
}
