package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesArgumentTest {

    @ParameterizedTest(name = "{0} is {1} minutes")
    @CsvSource({
        "0, 0",
        "90, 90",
        "7.5, 7.5",
        "30m, 30",
        "2h, 120",
        "1d, 1440",
        "19h8m, 1148",
        "19h6m40s, 1146.6666666666667",
        "45s, 0.75",
        "1.5h, 90",
        "' 1D2H ', 1560"
    })
    void aNumberIsMinutesAndADurationIsAddedUp(String text, double minutes) {
        assertThat(MinutesArgument.parse(text)).hasValue(minutes);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "soon", "-5", "-5m", "5x", "h", "1.5.2", "2h-3m", "1e3", "NaN"})
    void anythingElseIsNoTime(String text) {
        assertThat(MinutesArgument.parse(text)).isEmpty();
    }
}
