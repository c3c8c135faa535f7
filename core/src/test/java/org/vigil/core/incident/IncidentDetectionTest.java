package org.vigil.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.core.incident.IncidentFixtures.cronEdit;
import static org.vigil.core.incident.IncidentFixtures.detection;
import static org.vigil.core.incident.IncidentFixtures.failedLogin;
import static org.vigil.core.incident.IncidentFixtures.pipeline;
import static org.vigil.core.incident.IncidentFixtures.webShell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentState;
import org.vigil.core.model.IncidentSummary;
import org.vigil.core.store.Workspace;

/** Correlations and alerting rules raise incidents in a real workspace, through the event pipeline. */
class IncidentDetectionTest {

    @TempDir
    Path folder;

    private static void feed(EventPipeline pipeline, Event... events) {
        for (Event event : events) {
            pipeline.event(event);
        }
        pipeline.finish();
    }

    @Test
    void aCorrelationThatFiresRaisesOneNewIncidentWithItsEventsAssetsEntitiesAndTechniques() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            // given
            List<String> changed = new ArrayList<>();
            EventPipeline pipeline = pipeline(workspace, detection(workspace, changed::add));

            // when three failed logins from one address arrive within five minutes
            feed(
                    pipeline,
                    failedLogin("a", 0, "203.0.113.9"),
                    failedLogin("b", 60, "203.0.113.9"),
                    failedLogin("other", 90, "198.51.100.7"),
                    failedLogin("c", 120, "203.0.113.9"));

            // then
            List<IncidentSummary> incidents = workspace.incidents().list(10);
            assertThat(incidents).hasSize(1);
            IncidentSummary summary = incidents.get(0);
            assertThat(summary.title()).isEqualTo("SSH brute force");
            assertThat(summary.severity()).isEqualTo(EventSeverity.HIGH);
            assertThat(summary.state()).isEqualTo(IncidentState.NEW);
            assertThat(summary.eventCount()).isEqualTo(3);
            assertThat(summary.assetIds()).containsExactly("retail/web-01");
            assertThat(summary.techniques()).containsExactly("T1110");
            assertThat(summary.firstEventTime()).isEqualTo(IncidentFixtures.T0);
            assertThat(summary.lastEventTime()).isEqualTo(IncidentFixtures.T0.plusSeconds(120));

            Incident incident = workspace.incidents().find(summary.id()).orElseThrow();
            assertThat(incident.eventIds()).containsExactly("a", "b", "c");
            assertThat(incident.group()).containsEntry("src_ip", "203.0.113.9");
            assertThat(incident.entities())
                    .containsExactlyInAnyOrder(
                            new Entity(EntityType.IP, "203.0.113.9"), new Entity(EntityType.USER, "root"));
            assertThat(incident.changes()).singleElement().satisfies(change -> {
                assertThat(change.kind()).isEqualTo(IncidentChange.Kind.CREATED);
                assertThat(change.author()).isEqualTo(IncidentDetection.AUTHOR);
                assertThat(change.changedAt()).isEqualTo(IncidentFixtures.CLOCK.instant());
            });
            assertThat(changed).containsExactly(summary.id());
        }
    }

    @Test
    void readingTheSameEventsAgainRaisesNothingNew() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            // given an incident raised by a first read
            Event[] burst = {
                failedLogin("a", 0, "203.0.113.9"),
                failedLogin("b", 60, "203.0.113.9"),
                failedLogin("c", 120, "203.0.113.9")
            };
            feed(pipeline(workspace, detection(workspace, IncidentListener.NONE)), burst);

            // when the same file is read again by a fresh detection (a restart)
            List<String> changed = new ArrayList<>();
            feed(pipeline(workspace, detection(workspace, changed::add)), burst);

            // then
            assertThat(workspace.incidents().list(10)).hasSize(1);
            assertThat(workspace.incidents().list(10).get(0).eventCount()).isEqualTo(3);
            assertThat(changed).isEmpty();
        }
    }

    @Test
    void aLaterBurstJoinsTheOpenIncidentButOpensANewOneOnceItIsResolved() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            // given
            IncidentDetection detection = detection(workspace, IncidentListener.NONE);
            EventPipeline pipeline = pipeline(workspace, detection);
            feed(
                    pipeline,
                    failedLogin("a", 0, "203.0.113.9"),
                    failedLogin("b", 60, "203.0.113.9"),
                    failedLogin("c", 120, "203.0.113.9"));
            String first = workspace.incidents().list(10).get(0).id();

            // when the same address tries again an hour later
            feed(
                    pipeline,
                    failedLogin("d", 3600, "203.0.113.9"),
                    failedLogin("e", 3660, "203.0.113.9"),
                    failedLogin("f", 3720, "203.0.113.9"));

            // then it is the same incident, grown, and its trail says so
            assertThat(workspace.incidents().list(10)).hasSize(1);
            Incident grown = workspace.incidents().find(first).orElseThrow();
            assertThat(grown.eventIds()).containsExactly("a", "b", "c", "d", "e", "f");
            assertThat(grown.changes())
                    .extracting(IncidentChange::kind, IncidentChange::detail)
                    .containsExactly(
                            tuple(IncidentChange.Kind.CREATED, "3"), tuple(IncidentChange.Kind.EVENTS_ADDED, "3"));

            // when it is resolved and the address comes back
            new IncidentActions(workspace.incidents(), IncidentFixtures.CLOCK, IncidentListener.NONE)
                    .moveTo(first, IncidentState.RESOLVED, "ana");
            feed(
                    pipeline,
                    failedLogin("g", 7200, "203.0.113.9"),
                    failedLogin("h", 7260, "203.0.113.9"),
                    failedLogin("i", 7320, "203.0.113.9"));

            // then a second incident is opened
            assertThat(workspace.incidents().list(10))
                    .extracting(IncidentSummary::state)
                    .containsExactlyInAnyOrder(IncidentState.RESOLVED, IncidentState.NEW);
        }
    }

    @Test
    void aStandaloneRuleOfMediumLevelOrAboveAlertsOnItsOwnAndALowOneDoesNot() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("w.db"))) {
            // when
            feed(
                    pipeline(workspace, detection(workspace, IncidentListener.NONE)),
                    cronEdit("cron", 0),
                    webShell("shell-1", 10, "web-01"),
                    webShell("shell-2", 20, "web-01"),
                    webShell("shell-3", 30, "web-02"));

            // then one incident per rule and asset; the low rule raised none
            assertThat(workspace.incidents().list(10))
                    .extracting(IncidentSummary::title, IncidentSummary::severity, IncidentSummary::eventCount)
                    .containsExactlyInAnyOrder(
                            tuple("Web shell written", EventSeverity.CRITICAL, 2),
                            tuple("Web shell written", EventSeverity.CRITICAL, 1));
        }
    }

    @Test
    void incidentsAreKeptWhenTheWorkspaceIsReopened() throws Exception {
        // given
        Path file = folder.resolve("w.db");
        String id;
        try (Workspace workspace = Workspace.open(file)) {
            feed(pipeline(workspace, detection(workspace, IncidentListener.NONE)), webShell("shell", 0, "web-01"));
            id = workspace.incidents().list(1).get(0).id();
        }

        // when
        try (Workspace reopened = Workspace.open(file)) {
            // then
            Incident incident = reopened.incidents().find(id).orElseThrow();
            assertThat(incident.eventIds()).containsExactly("shell");
            assertThat(incident.summary().assetIds()).containsExactly("retail/web-01");
            assertThat(incident.summary().techniques()).containsExactly("T1505.003");
        }
    }
}
