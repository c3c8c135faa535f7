package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.T0;
import static org.vigil.core.correlate.SigmaFixtures.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;

class EventFieldsTest {

    @Test
    void nestedJsonIsFlattenedWithDottedKeys() {
        // given
        String raw = "{\"alert\":{\"signature\":\"ET SCAN\",\"severity\":2},\"rule\":{\"level\":10}}";

        // when
        EventFields fields = EventFields.of(event("e1", T0, raw));

        // then
        assertThat(fields.lookup("alert.signature")).containsExactly("ET SCAN");
        assertThat(fields.lookup("alert.severity")).containsExactly("2");
        assertThat(fields.lookup("rule.level")).containsExactly("10");
        assertThat(fields.lookup("alert")).isNull();
    }

    @Test
    void arraysBecomeMultiValuedFieldsAndArraysOfObjectsFlattenUnderOneKey() {
        String raw = "{\"ips\":[\"10.0.0.1\",\"10.0.0.2\"],\"answers\":[{\"rdata\":\"a\"},{\"rdata\":\"b\"}]}";

        EventFields fields = EventFields.of(event("e1", T0, raw));

        assertThat(fields.lookup("ips")).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(fields.lookup("answers.rdata")).containsExactly("a", "b");
    }

    @Test
    void jsonNullIsPresentButEmptyWhileMissingIsAbsent() {
        EventFields fields = EventFields.of(event("e1", T0, "{\"gone\":null}"));

        assertThat(fields.lookup("gone")).isEmpty();
        assertThat(fields.lookup("never")).isNull();
    }

    @Test
    void normalisedFieldsAreUnderVigil() {
        // given
        var entities = List.of(
                new Entity(EntityType.IP, "10.50.200.14"),
                new Entity(EntityType.IP, "198.51.100.87"),
                new Entity(EntityType.USER, "dpinheiro"),
                new Entity(EntityType.HOST, "vpn-gw-01"));

        // when
        EventFields fields = EventFields.of(event("e7", T0, "{}", List.of("T1078"), entities));

        // then
        assertThat(fields.lookup("vigil.id")).containsExactly("e7");
        assertThat(fields.lookup("vigil.category")).containsExactly("authentication");
        assertThat(fields.lookup("vigil.severity")).containsExactly("medium");
        assertThat(fields.lookup("vigil.source")).containsExactly("test-monitor");
        assertThat(fields.lookup("vigil.format")).containsExactly("vigil");
        assertThat(fields.lookup("vigil.technique")).containsExactly("T1078");
        assertThat(fields.lookup("vigil.ip")).containsExactly("10.50.200.14", "198.51.100.87");
        assertThat(fields.lookup("vigil.user")).containsExactly("dpinheiro");
        assertThat(fields.lookup("vigil.host")).containsExactly("vpn-gw-01");
        assertThat(fields.lookup("vigil.time")).containsExactly("2025-03-11T22:00:00Z");
        assertThat(fields.lookup("vigil.domain")).isNull();
    }

    @Test
    void normalisedFieldsWinOverRawKeysOfTheSameName() {
        EventFields fields = EventFields.of(event("e1", T0, "{\"vigil\":{\"id\":\"forged\"}}"));

        assertThat(fields.lookup("vigil.id")).containsExactly("e1");
    }

    @Test
    void fieldNamesFallBackToCaseInsensitiveLookup() {
        EventFields fields = EventFields.of(event("e1", T0, "{\"CommandLine\":\"whoami\"}"));

        assertThat(fields.lookup("commandline")).containsExactly("whoami");
        assertThat(fields.lookup("VIGIL.ID")).containsExactly("e1");
    }

    @Test
    void aNonJsonRecordHasOnlyNormalisedFieldsAndIsSearchedAsText() {
        EventFields fields = EventFields.of(event("e1", T0, "CEF:0|Vendor|Product|1.0|100|Port scan|5|src=10.0.0.1"));

        assertThat(fields.lookup("src")).isNull();
        assertThat(fields.keywordTexts()).anyMatch(t -> t.contains("Port scan"));
    }
}
