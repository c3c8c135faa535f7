package org.vigil.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.json.GenericJsonParser;
import org.vigil.core.feed.suricata.SuricataEveParser;
import org.vigil.core.feed.telemetry.TelemetryParser;
import org.vigil.core.feed.wazuh.WazuhAlertParser;
import org.vigil.core.feed.zeek.ZeekJsonParser;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.TimelineEvent;
import org.vigil.core.replay.ReplayProgress;
import org.vigil.core.replay.ReplayScheduler;
import org.vigil.core.replay.ReplaySettings;
import org.vigil.core.replay.ReplayState;
import org.vigil.core.replay.ScenarioReplay;
import org.vigil.core.replay.ScriptedEvents;
import org.vigil.core.scenario.ScenarioReader;

/**
 * The pilots' timelines replay as live events: the events of products Vigil has no parser of its
 * own for read through the generic JSON parser, every other event through its product's parser,
 * and the retail pilot plays start to end in order with its scripted times.
 */
class PilotReplayTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant ORIGIN = Instant.parse("2026-11-27T00:00:00Z");

    private final List<Scenario> pilots = new PilotScenarios(new ScenarioReader()).load();
    private final GenericJsonParser generic = new GenericJsonParser();
    private final ScriptedEvents scripted = new ScriptedEvents(Map.of(
            FeedFormat.SURICATA_EVE, new SuricataEveParser(),
            FeedFormat.WAZUH, new WazuhAlertParser(),
            FeedFormat.ZEEK, new ZeekJsonParser(),
            FeedFormat.TELEMETRY, new TelemetryParser(),
            FeedFormat.JSON, generic));

    private static Monitor monitor(Scenario scenario, TimelineEvent event) {
        return scenario.monitors().stream()
                .filter(m -> m.id().equals(event.monitorId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyEventOfAProductWithoutItsOwnParserReadsGenericallyWithASummary() {
        Set<String> products = new TreeSet<>();
        for (Scenario pilot : pilots) {
            for (TimelineEvent event : pilot.timeline()) {
                Monitor monitor = monitor(pilot, event);
                if (ScriptedEvents.formatOf(monitor) != FeedFormat.JSON) {
                    continue;
                }
                products.add(monitor.product());
                ParseOutcome outcome = generic.parse(new RawRecord(pilot.id(), 0, event.fieldsJson()), RECEIVED);

                assertThat(outcome).as(event.fieldsJson()).isInstanceOf(ParseOutcome.Parsed.class);
                Event read = ((ParseOutcome.Parsed) outcome).events().get(0);
                assertThat(read.summary()).as(event.fieldsJson()).isNotBlank();
                assertThat(read.eventTime())
                        .as("the monitor's own time is found in %s", event.fieldsJson())
                        .isNotEqualTo(RECEIVED);
            }
        }
        assertThat(products)
                .containsExactlyInAnyOrder(
                        "Content-Security-Policy report-uri endpoint",
                        "Forcepoint DLP",
                        "Keycloak",
                        "Microsoft Defender for Office 365",
                        "Microsoft Entra ID",
                        "Microsoft Purview",
                        "ModSecurity with OWASP CRS",
                        "Nedap AEOS",
                        "Open Policy Agent",
                        "Prometheus",
                        "Proofpoint Targeted Attack Protection",
                        "ServiceNow",
                        "Veeam Backup & Replication");
    }

    @Test
    void everyPilotEventReplaysThroughItsProductsParser() {
        for (Scenario pilot : pilots) {
            for (int index = 0; index < pilot.timeline().size(); index++) {
                TimelineEvent event = pilot.timeline().get(index);
                ParseOutcome outcome = scripted.read(pilot, index, ORIGIN, RECEIVED);

                assertThat(outcome).as(event.fieldsJson()).isInstanceOf(ParseOutcome.Parsed.class);
                for (Event replayed : ((ParseOutcome.Parsed) outcome).events()) {
                    assertThat(replayed.format())
                            .as("read by its product's own parser, not as a fallback: %s", event.fieldsJson())
                            .isEqualTo(ScriptedEvents.formatOf(monitor(pilot, event)));
                    assertThat(replayed.eventTime()).isEqualTo(ORIGIN.plusSeconds(event.offsetSeconds()));
                }
            }
        }
    }

    @Test
    void theRetailPilotPlaysInOrderWithItsScriptedTimes() {
        Scenario retail = pilots.stream()
                .filter(s -> s.id().equals("retail-ecommerce"))
                .findFirst()
                .orElseThrow();
        VirtualTime time = new VirtualTime(RECEIVED);
        List<Integer> indexes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<ReplayProgress> reports = new ArrayList<>();
        ScenarioReplay replay = new ScenarioReplay(
                retail,
                ReplaySettings.from(ORIGIN).atSpeed(100).skippingGapsOver(Duration.ofMinutes(30)),
                scripted,
                (event, index) -> {
                    events.add(event);
                    indexes.add(index);
                },
                reports::add,
                time,
                time);

        replay.start();
        time.advance(Duration.ofHours(12));

        int size = retail.timeline().size();
        assertThat(indexes).hasSize(size).isSorted().doesNotHaveDuplicates();
        assertThat(events)
                .extracting(Event::eventTime)
                .containsExactlyElementsOf(retail.timeline().stream()
                        .map(e -> ORIGIN.plusSeconds(e.offsetSeconds()))
                        .toList());
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(events.get(0).receivedTime())
                .as("the first event, 1.5 hours into the script, plays at once")
                .isEqualTo(RECEIVED);
        assertThat(reports.get(reports.size() - 1).state()).isEqualTo(ReplayState.FINISHED);
    }

    /** Virtual time for the replay: due tasks run, in order, only when the test advances the clock. */
    private static final class VirtualTime extends Clock implements ReplayScheduler {

        private static final class Task implements Scheduled {
            private final Instant due;
            private final long sequence;
            private final Runnable action;
            private boolean cancelled;

            Task(Instant due, long sequence, Runnable action) {
                this.due = due;
                this.sequence = sequence;
                this.action = action;
            }

            @Override
            public void cancel() {
                cancelled = true;
            }
        }

        private final PriorityQueue<Task> tasks =
                new PriorityQueue<>(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.sequence));
        private Instant now;
        private long sequence;

        VirtualTime(Instant start) {
            now = start;
        }

        @Override
        public Scheduled schedule(Runnable action, Duration delay) {
            Task task = new Task(delay.isNegative() ? now : now.plus(delay), sequence++, action);
            tasks.add(task);
            return task;
        }

        void advance(Duration duration) {
            Instant target = now.plus(duration);
            while (!tasks.isEmpty() && !tasks.peek().due.isAfter(target)) {
                Task task = tasks.poll();
                now = task.due;
                if (!task.cancelled) {
                    task.action.run();
                }
            }
            now = target;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("virtual time is UTC only");
        }
    }
}
