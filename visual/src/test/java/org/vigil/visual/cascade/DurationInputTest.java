package org.vigil.visual.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationInputTest {

    @Test
    void readsMinutesAndDurations() {
        assertThat(DurationInput.minutes("90")).hasValue(90);
        assertThat(DurationInput.minutes(" 2h ")).hasValue(120);
        assertThat(DurationInput.minutes("1h30m")).hasValue(90);
        assertThat(DurationInput.minutes("1d 2h 5min")).hasValue(1565);
        assertThat(DurationInput.minutes("2 H 30 M")).hasValue(150);
    }

    @Test
    void refusesWhatIsNoTime() {
        assertThat(DurationInput.minutes("")).isEmpty();
        assertThat(DurationInput.minutes("soon")).isEmpty();
        assertThat(DurationInput.minutes("-5")).isEmpty();
        assertThat(DurationInput.minutes("h")).isEmpty();
        assertThat(DurationInput.minutes(null)).isEmpty();
    }
}
