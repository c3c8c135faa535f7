package org.vigil.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.replay.ReplayFixtures.ORIGIN;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.TestScenario;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.Scenario;

/** What {@link ScriptedEvents} makes of a scripted timeline event. */
class ReplayedEventsTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T10:00:00Z");

    private final Scenario story = ReplayFixtures.story();
    private final ScriptedEvents scripted = ReplayFixtures.scriptedEvents();

    private Event only(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        List<Event> events = ((ParseOutcome.Parsed) outcome).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @ParameterizedTest(name = "{0} ({1}) is read as {2}")
    @CsvSource({
        "Suricata, NETWORK, SURICATA_EVE",
        "Suricata IDS 7, NETWORK, SURICATA_EVE",
        "Wazuh, APPLICATION, WAZUH",
        "Zeek, NETWORK, ZEEK",
        "Traccar, PHYSICAL, TELEMETRY",
        "Tive, PHYSICAL, TELEMETRY",
        "Teltonika FMC650 digital inputs / Ajax DoorProtect, PHYSICAL, TELEMETRY",
        "Nedap AEOS, PHYSICAL, JSON",
        "Tive, DATA, JSON",
        "Microsoft Entra ID, POLICY, JSON",
        "Microsoft Defender for Office 365, APPLICATION, JSON",
        "ModSecurity with OWASP CRS, APPLICATION, JSON",
    })
    void eachProductIsReadByItsOwnParserElseGenerically(String product, MonitorKind kind, FeedFormat expected) {
        assertThat(ScriptedEvents.formatOf(new Monitor("m", kind, product, "a monitor")))
                .isEqualTo(expected);
    }

    @Test
    void aScriptedEventIsRebasedOnTheReplayClockAndNamesItsAsset() {
        Event alert = only(scripted.read(story, 2, ORIGIN, RECEIVED));

        assertThat(alert.format()).isEqualTo(FeedFormat.SURICATA_EVE);
        assertThat(alert.summary()).isEqualTo("ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT");
        assertThat(alert.eventTime()).isEqualTo(ORIGIN.plusSeconds(300));
        assertThat(alert.receivedTime()).isEqualTo(RECEIVED);
        assertThat(alert.source()).isEqualTo("replay:minimal/suricata-dmz");
        assertThat(alert.assetIds()).containsExactly("minimal/web-server");
        assertThat(alert.raw()).isEqualTo(story.timeline().get(2).fieldsJson());
        assertThat(alert.id()).isEqualTo(EventIds.ofReplay("minimal", ORIGIN, 2, 0));
    }

    @Test
    void productsWithoutAParserOfTheirOwnAreReadGenerically() {
        Event signIn = only(scripted.read(story, 3, ORIGIN, RECEIVED));
        Event vanStop = only(scripted.read(story, 4, ORIGIN, RECEIVED));

        assertThat(signIn.format()).isEqualTo(FeedFormat.JSON);
        assertThat(signIn.entities()).contains(new Entity(EntityType.USER, "picker01@northwind.example"));
        assertThat(signIn.assetIds()).as("the script names no asset").isEmpty();
        assertThat(vanStop.format()).isEqualTo(FeedFormat.TELEMETRY);
        assertThat(vanStop.entities()).contains(new Entity(EntityType.VEHICLE_ID, "AQ-18-RL"));
    }

    @Test
    void aRecordItsProductsParserRejectsIsStillReplayed() {
        Scenario odd = TestScenario.minimal()
                .withEvent(60, TestScenario.IDS, null, "{\"message\":\"sensor restarted\",\"host\":\"ids-01\"}")
                .toScenario();

        Event event = only(scripted.read(odd, 0, ORIGIN, RECEIVED));

        assertThat(event.format()).isEqualTo(FeedFormat.JSON);
        assertThat(event.summary()).isEqualTo("sensor restarted");
        assertThat(event.eventTime()).isEqualTo(ORIGIN.plusSeconds(60));
    }

    @Test
    void idsAreStableForOneRunAndDifferForAnotherRunOrEvent() {
        String first = only(scripted.read(story, 1, ORIGIN, RECEIVED)).id();

        assertThat(only(scripted.read(story, 1, ORIGIN, RECEIVED.plusSeconds(60)))
                        .id())
                .as("read again later, e.g. after a restart")
                .isEqualTo(first);
        assertThat(only(scripted.read(story, 1, ORIGIN.plusSeconds(1), RECEIVED))
                        .id())
                .isNotEqualTo(first);
        assertThat(only(scripted.read(story, 2, ORIGIN, RECEIVED)).id()).isNotEqualTo(first);
    }

    @Test
    void theGenericParserIsRequired() {
        assertThatThrownBy(() -> new ScriptedEvents(Map.of(FeedFormat.SURICATA_EVE, new SuricataEveParser())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FeedFormat.JSON");
    }
}
