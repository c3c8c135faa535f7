package org.vigil.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

class ElapsedTimeFormatTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @ParameterizedTest(name = "{0} min is {1}")
    @CsvSource({
        "0, +0 min",
        "15, +15 min",
        "60, +1 h",
        "1148, +19 h 8 min",
        "1440, +1 d",
        "1870, +1 d 7 h 10 min",
        "1146.6666666666667, +19 h 6 min 40 s",
        "0.5, +30 s"
    })
    void leavesOutTheUnitsThatAreZero(double minutes, String text) {
        assertThat(new ElapsedTimeFormat(catalog.messages(Language.EN)).format(minutes))
                .isEqualTo(text);
    }

    @Test
    void usesTheUnitSymbolsOfTheLanguage() {
        assertThat(new ElapsedTimeFormat(catalog.messages(Language.DE)).format(1870))
                .isEqualTo("+1 Tg. 7 h 10 min");
        assertThat(new ElapsedTimeFormat(catalog.messages(Language.FR)).format(1870))
                .isEqualTo("+1 j 7 h 10 min");
    }
}
