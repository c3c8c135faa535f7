package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.store.WorkspaceFixtures.workspaceFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.cef.CefParser;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.model.Detection;
import org.vigil.core.model.IncidentEvent;

/**
 * Version 9 gives events whose time is their record's own the time-ordered ids their records get now,
 * so a file imported before the upgrade and again after it stores nothing twice, and incidents keep
 * their events.
 */
class EventIdsMigrationTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");
    private static final String EVE_LINE =
            "{\"timestamp\":\"2026-03-17T10:15:00.123456+0000\",\"event_type\":\"alert\","
                    + "\"src_ip\":\"203.0.113.9\",\"src_port\":51234,\"dest_ip\":\"10.20.1.5\",\"dest_port\":443,"
                    + "\"proto\":\"TCP\",\"alert\":{\"signature_id\":2010935,\"signature\":\"ET WEB_SERVER SQL injection\","
                    + "\"category\":\"Web Application Attack\",\"severity\":1}}";
    private static final String CEF_LINE = "<134>Mar 17 10:15:02 fw01 CEF:0|Fortinet|Fortigate|v7.2.5|00013"
            + "|traffic:forward deny|5|src=203.0.113.9 dst=10.20.1.5";

    @TempDir
    Path folder;

    private static Event parsed(ParseOutcome outcome) {
        return ((ParseOutcome.Parsed) outcome).events().get(0);
    }

    /** The event as version 8 made it: the same, with the id of the record's hash alone. */
    private static Event asVersion8Made(Event event, String text) {
        return withId(event, EventIds.of(event.format(), text, 0));
    }

    private static Event withId(Event e, String id) {
        return new Event(
                id,
                e.eventTime(),
                e.receivedTime(),
                e.source(),
                e.format(),
                e.category(),
                e.severity(),
                e.summary(),
                e.techniques(),
                e.entities(),
                e.assetIds(),
                e.raw());
    }

    @Test
    void eventsGetTheIdsTheirRecordsGetNowAndIncidentsFollow() throws Exception {
        // given a version 8 workspace holding a Suricata alert, a CEF line, a replayed event and an
        // event whose id Vigil did not make, with an incident on the alert and the replayed event
        Event eve = parsed(new SuricataEveParser().parse(new RawRecord("/var/log/eve.json", 0, EVE_LINE), RECEIVED))
                .withAssets(List.of("retail/web-01"));
        Event cef = parsed(new CefParser().parse(new RawRecord("/var/log/fw.log", 0, CEF_LINE), RECEIVED));
        Event replayed = withId(eve, EventIds.ofReplay("retail", RECEIVED, 4, 0));
        replayed = new Event(
                replayed.id(),
                replayed.eventTime().plusSeconds(5),
                RECEIVED,
                "replay:retail/ids",
                FeedFormat.SURICATA_EVE,
                replayed.category(),
                replayed.severity(),
                replayed.summary(),
                replayed.techniques(),
                replayed.entities(),
                List.of("retail/db-01"),
                "{\"replayed\":true}");
        Event foreign = withId(cef, "scripted-7");
        Event oldEve = asVersion8Made(eve, EVE_LINE);
        assertThat(oldEve.id()).isNotEqualTo(eve.id());
        List<Event> version8 = List.of(oldEve, cef, replayed, foreign);

        Path file = workspaceFile(folder);
        try (Workspace v8 = Workspace.open(file, WorkspaceSchema.migrations().subList(0, 8))) {
            assertThat(v8.events().write(version8, List.of(), List.of()).stored())
                    .isEqualTo(4);
            v8.incidents()
                    .record(
                            new Detection(
                                    "rule-1",
                                    "SQL injection",
                                    EventSeverity.HIGH,
                                    "rule-1",
                                    Map.of(),
                                    List.of(oldEve.id(), replayed.id()),
                                    List.of(),
                                    oldEve.eventTime(),
                                    replayed.eventTime()),
                            "incident-1",
                            RECEIVED,
                            "vigil");
        }

        // when the current build opens it
        try (Workspace current = Workspace.open(file)) {
            assertThat(current.schemaVersion())
                    .isEqualTo(WorkspaceSchema.migrations().size());

            // then the alert has the id its record gets now, the others keep theirs
            assertThat(current.events().assetsOf(eve.id())).containsExactly("retail/web-01");
            assertThat(current.events().assetsOf(oldEve.id())).isEmpty();
            assertThat(current.events().assetsOf(replayed.id())).containsExactly("retail/db-01");

            // and the same records read again are all recognised as stored
            assertThat(current.events().write(List.of(eve, cef, replayed, foreign), List.of(), List.of()))
                    .isEqualTo(new EventRepository.BatchResult(0, 4, 0));

            // and the incident still lists both of its events, under their ids now
            assertThat(current.incidents().find("incident-1").orElseThrow().eventIds())
                    .containsExactlyInAnyOrder(eve.id(), replayed.id());
            assertThat(current.incidents().events("incident-1", 10))
                    .extracting(IncidentEvent::eventId)
                    .containsExactly(eve.id(), replayed.id());
        }
    }

    @Test
    void aNewAlertIdStartsWithItsTimeInMilliseconds() {
        // given an alert read now
        Event eve = parsed(new SuricataEveParser().parse(new RawRecord("/var/log/eve.json", 0, EVE_LINE), RECEIVED));

        // then its id starts with its time, and the rest is the start of the record's hash
        assertThat(Long.parseLong(eve.id().substring(0, 12), 16))
                .isEqualTo(eve.eventTime().toEpochMilli());
        assertThat(eve.id().substring(12))
                .isEqualTo(EventIds.of(FeedFormat.SURICATA_EVE, EVE_LINE, 0).substring(0, 20) + "-0");
    }
}
