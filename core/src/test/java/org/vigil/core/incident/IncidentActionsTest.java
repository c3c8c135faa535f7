package org.vigil.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.vigil.core.incident.IncidentFixtures.detection;
import static org.vigil.core.incident.IncidentFixtures.pipeline;
import static org.vigil.core.incident.IncidentFixtures.webShell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Incident;
import org.vigil.core.model.IncidentChange;
import org.vigil.core.model.IncidentNote;
import org.vigil.core.model.IncidentState;
import org.vigil.core.store.Workspace;

/** Analysts move incidents through their lifecycle and write notes; every change is in the trail. */
class IncidentActionsTest {

    private static final Instant LATER = Instant.parse("2026-11-27T10:30:00Z");

    @TempDir
    Path folder;

    private Workspace workspace;
    private String incidentId;
    private final List<String> changed = new ArrayList<>();
    private IncidentActions actions;

    @BeforeEach
    void anIncidentRaisedByDetection() throws Exception {
        workspace = Workspace.open(folder.resolve("w.db"));
        var pipeline = pipeline(workspace, detection(workspace, IncidentListener.NONE));
        pipeline.event(webShell("shell", 0, "web-01"));
        pipeline.finish();
        incidentId = workspace.incidents().list(1).get(0).id();
        actions = new IncidentActions(workspace.incidents(), Clock.fixed(LATER, ZoneOffset.UTC), changed::add);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Incident incident() {
        return workspace.incidents().find(incidentId).orElseThrow();
    }

    @Test
    void acknowledgeContainResolveAreRecordedWithTimeAndAuthor() {
        // when
        actions.moveTo(incidentId, IncidentState.ACKNOWLEDGED, "ana");
        actions.moveTo(incidentId, IncidentState.CONTAINED, "ana");
        actions.moveTo(incidentId, IncidentState.RESOLVED, "bruno");

        // then
        assertThat(incident().state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(incident().summary().updatedAt()).isEqualTo(LATER);
        assertThat(incident().changes())
                .extracting(IncidentChange::kind, IncidentChange::author, IncidentChange::detail)
                .containsExactly(
                        tuple(IncidentChange.Kind.CREATED, IncidentDetection.AUTHOR, "1"),
                        tuple(IncidentChange.Kind.STATE_CHANGED, "ana", "ACKNOWLEDGED"),
                        tuple(IncidentChange.Kind.STATE_CHANGED, "ana", "CONTAINED"),
                        tuple(IncidentChange.Kind.STATE_CHANGED, "bruno", "RESOLVED"));
        assertThat(incident().changes().get(3).changedAt()).isEqualTo(LATER);
        assertThat(changed).containsOnly(incidentId).hasSize(3);
    }

    @Test
    void aFalsePositiveCanBeResolvedStraightAwayAndReopenedLater() {
        // when
        actions.moveTo(incidentId, IncidentState.RESOLVED, "ana");
        actions.moveTo(incidentId, IncidentState.ACKNOWLEDGED, "bruno");

        // then
        assertThat(incident().state()).isEqualTo(IncidentState.ACKNOWLEDGED);
    }

    @Test
    void goingBackwardsIsRefusedAndChangesNothing() {
        // given
        actions.moveTo(incidentId, IncidentState.CONTAINED, "ana");

        // when / then
        assertThatThrownBy(() -> actions.moveTo(incidentId, IncidentState.ACKNOWLEDGED, "ana"))
                .isInstanceOfSatisfying(
                        IncidentActions.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(IncidentActions.Refused.Reason.NOT_ALLOWED));
        assertThatThrownBy(() -> actions.moveTo(incidentId, IncidentState.CONTAINED, "ana"))
                .isInstanceOf(IncidentActions.Refused.class);
        assertThat(incident().state()).isEqualTo(IncidentState.CONTAINED);
        assertThat(incident().changes()).hasSize(2);
    }

    @Test
    void notesAreKeptInOrderWithAuthorAndTime() {
        // when
        actions.addNote(incidentId, "  Upload folder of web-01 allowed PHP; isolated the host.  ", "ana");
        actions.addNote(incidentId, "Shell came in through the compromised plugin.", "bruno");

        // then
        assertThat(incident().notes())
                .containsExactly(
                        new IncidentNote(LATER, "ana", "Upload folder of web-01 allowed PHP; isolated the host."),
                        new IncidentNote(LATER, "bruno", "Shell came in through the compromised plugin."));
        assertThat(incident().changes())
                .extracting(IncidentChange::kind)
                .endsWith(IncidentChange.Kind.NOTE_ADDED, IncidentChange.Kind.NOTE_ADDED);
    }

    @Test
    void anEmptyNoteOrAnUnknownIncidentIsRefusedWithAReason() {
        assertThatThrownBy(() -> actions.addNote(incidentId, "   ", "ana"))
                .isInstanceOfSatisfying(
                        IncidentActions.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(IncidentActions.Refused.Reason.EMPTY_NOTE));
        assertThatThrownBy(() -> actions.moveTo("nope", IncidentState.RESOLVED, "ana"))
                .isInstanceOfSatisfying(
                        IncidentActions.Refused.class,
                        refused -> assertThat(refused.reason())
                                .isEqualTo(IncidentActions.Refused.Reason.NO_SUCH_INCIDENT));
        assertThat(incident().notes()).isEmpty();
    }
}
