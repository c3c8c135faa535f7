package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.model.Detection;
import org.vigil.core.store.IncidentRepository.EntityCount;
import org.vigil.core.store.IncidentRepository.EventDetail;

/** What the incident board reads of an incident's events beyond their times: categories, assets, entities. */
class IncidentRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-03-17T08:00:00Z");

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("w.db"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Event event(
            String id, int seconds, EventCategory category, List<Entity> entities, List<String> assets) {
        return new Event(
                id,
                T0.plusSeconds(seconds),
                T0.plusSeconds(seconds + 90),
                "wazuh",
                FeedFormat.WAZUH,
                category,
                EventSeverity.HIGH,
                "event " + id,
                List.of("T1110"),
                entities,
                assets,
                "{}");
    }

    private String incidentOf(List<Event> events) {
        workspace.events().write(events, List.of(), List.of());
        Detection detection = new Detection(
                "rule-1",
                "Brute force",
                EventSeverity.HIGH,
                "rule-1|10.0.0.5",
                Map.of("src_ip", "10.0.0.5"),
                events.stream().map(Event::id).toList(),
                List.of("T1110"),
                events.get(0).eventTime(),
                events.get(events.size() - 1).eventTime());
        return workspace.incidents().record(detection, "inc-1", T0, "vigil").incidentId();
    }

    @Test
    void eventDetailsCarryCategoryAssetsAndEntitiesWithEventAndReceivedTimeApart() {
        // given an incident of two events, one naming no asset
        Entity ip = new Entity(EntityType.IP, "10.0.0.5");
        String id = incidentOf(List.of(
                event("e1", 0, EventCategory.AUTHENTICATION, List.of(ip), List.of("retail/web-01")),
                event("e2", 60, EventCategory.NETWORK, List.of(ip, new Entity(EntityType.USER, "root")), List.of())));

        // when
        List<EventDetail> details = workspace.incidents().eventDetails(id, 10);

        // then
        assertThat(details)
                .extracting(d -> d.event().eventId(), EventDetail::category, EventDetail::assetIds)
                .containsExactly(
                        tuple("e1", EventCategory.AUTHENTICATION, List.of("retail/web-01")),
                        tuple("e2", EventCategory.NETWORK, List.of()));
        assertThat(details.get(1).entities()).containsExactly(ip, new Entity(EntityType.USER, "root"));
        assertThat(details.get(0).event().receivedTime())
                .isEqualTo(details.get(0).event().eventTime().plusSeconds(90));
        assertThat(workspace.incidents().eventDetails(id, 1)).hasSize(1);
    }

    @Test
    void entityCountsCountTheEventsNamingEachEntityByType() {
        // given
        Entity ip = new Entity(EntityType.IP, "10.0.0.5");
        Entity other = new Entity(EntityType.IP, "10.0.0.9");
        Entity root = new Entity(EntityType.USER, "root");
        String id = incidentOf(List.of(
                event("e1", 0, EventCategory.AUTHENTICATION, List.of(ip, root), List.of()),
                event("e2", 30, EventCategory.AUTHENTICATION, List.of(ip, other), List.of()),
                event("e3", 60, EventCategory.AUTHENTICATION, List.of(ip, root), List.of())));

        // when
        List<EntityCount> counts = workspace.incidents().entityCounts(id);

        // then
        assertThat(counts).containsExactly(new EntityCount(ip, 3), new EntityCount(other, 1), new EntityCount(root, 2));
        assertThat(workspace.incidents().entityCounts("no-such-incident")).isEmpty();
    }
}
