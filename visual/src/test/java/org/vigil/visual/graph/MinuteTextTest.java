package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.text.UiText;

/** Cascade minutes in words. */
class MinuteTextTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @Test
    void writesMinutesHoursAndDaysInTheLanguage() {
        MinuteText english = new MinuteText(new UiText(catalog.messages(Language.EN)));
        MinuteText german = new MinuteText(new UiText(catalog.messages(Language.DE)));

        assertThat(english.of(15)).isEqualTo("+15 min");
        assertThat(english.of(65)).isEqualTo("+1 h 05 min");
        assertThat(english.of(1440 + 180)).isEqualTo("+1 d 3 h 00 min");
        assertThat(english.of(-2)).isEqualTo("-2 min");
        assertThat(german.of(65)).isEqualTo("+1 Std. 05 Min.");
    }
}
