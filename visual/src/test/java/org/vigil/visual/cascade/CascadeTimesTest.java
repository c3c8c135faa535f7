package org.vigil.visual.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;
import org.vigil.visual.text.UiText;

class CascadeTimesTest {

    private final MessageCatalog catalog = new MessageCatalog();

    @Test
    void timesAfterTheFirstStartReadAsDaysHoursAndMinutesWithPlurals() {
        CascadeTimes times = new CascadeTimes(new UiText(catalog.messages(Language.EN)));

        assertThat(times.after(1150, 1142)).isEqualTo("+8 minutes");
        assertThat(times.after(1142 + 1440 + 61, 1142)).isEqualTo("+1 day 1 hour 1 minute");
        assertThat(times.after(1142, 1142)).isEqualTo("+0 minutes");
        assertThat(times.after(-120, 0)).isEqualTo("-2 hours");
        assertThat(times.tick(240)).isEqualTo("+4 h");
        assertThat(times.tick(2880)).isEqualTo("+2 d");
        assertThat(times.tick(90)).isEqualTo("+90 min");
    }

    @Test
    void polishCountsTakeTheirFewAndManyForms() {
        CascadeTimes times = new CascadeTimes(new UiText(catalog.messages(Language.PL)));

        assertThat(times.duration(1)).isEqualTo("1 minuta");
        assertThat(times.duration(2)).isEqualTo("2 minuty");
        assertThat(times.duration(5)).isEqualTo("5 minut");
        assertThat(times.duration(22 * 60)).isEqualTo("22 godziny");
    }
}
