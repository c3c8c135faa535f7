package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.core.correlate.SigmaFixtures.at;
import static org.vigil.core.correlate.SigmaFixtures.event;
import static org.vigil.core.correlate.SigmaFixtures.json;
import static org.vigil.core.correlate.SigmaFixtures.resource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;

class CorrelatorBoundsTest {

    private static final String RULES = """
            title: Failed login
            id: failed
            logsource: {product: windows}
            detection:
                selection: {EventID: 4625}
                condition: selection
            ---
            title: Three failed logins
            id: three
            correlation:
                type: event_count
                rules: [failed]
                group-by: [ComputerName]
                timespan: 1m
                condition: {gte: 3}
            """;

    private static SigmaCorrelator correlator(CorrelatorConfig config) {
        LoadedRules rules = new SigmaRuleLoader().load(Path.of("rules.yml"), RULES);
        assertThat(rules.problems()).isEmpty();
        return new SigmaCorrelator(rules, config);
    }

    private static Event failed(String id, long seconds, String host) {
        return event(id, at(seconds), json("EventID", 4625, "ComputerName", host));
    }

    @Test
    void eventsOlderThanTheLatenessAllowsAreCountedAsLateAndIgnored() {
        // given
        SigmaCorrelator correlator =
                correlator(CorrelatorConfig.defaults().withAllowedLateness(Duration.ofSeconds(10)));
        correlator.accept(failed("a", 100, "H"));
        correlator.accept(failed("b", 101, "H"));

        // when an event 30 s behind the newest arrives
        List<CorrelationMatch> matches = correlator.accept(failed("late", 71, "H"));

        // then
        assertThat(matches).isEmpty();
        assertThat(correlator.stats().late()).isEqualTo(1);
        assertThat(correlator.stats().events()).isEqualTo(3);
        assertThat(correlator.stats().eventsHeld()).isEqualTo(2);
    }

    @Test
    void eventsWithinTheLatenessStillCount() {
        SigmaCorrelator correlator =
                correlator(CorrelatorConfig.defaults().withAllowedLateness(Duration.ofSeconds(10)));
        correlator.accept(failed("a", 100, "H"));
        correlator.accept(failed("b", 105, "H"));

        List<CorrelationMatch> matches = correlator.accept(failed("slightly-late", 98, "H"));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.eventIds()).containsExactly("slightly-late", "a", "b");
            assertThat(m.windowStart()).isEqualTo(at(98));
        });
        assertThat(correlator.stats().late()).isZero();
    }

    @Test
    void hittingTheGroupBoundEvictsTheLeastRecentlyFedGroupAndCountsIt() {
        // given room for two groups
        SigmaCorrelator correlator = correlator(CorrelatorConfig.defaults().withMaxGroups(2));
        correlator.accept(failed("a1", 0, "A"));
        correlator.accept(failed("b1", 1, "B"));
        correlator.accept(failed("a2", 2, "A"));

        // when a third group arrives
        correlator.accept(failed("c1", 3, "C"));

        // then B (fed least recently) is gone and A still counts
        CorrelatorStats stats = correlator.stats();
        assertThat(stats.groupsHeld()).isEqualTo(2);
        assertThat(stats.groupsEvicted()).isEqualTo(1);
        assertThat(stats.eventsEvicted()).isEqualTo(1);
        assertThat(correlator.accept(failed("a3", 4, "A"))).hasSize(1);
        assertThat(correlator.accept(failed("b2", 5, "B"))).isEmpty();
    }

    @Test
    void hittingTheEventBoundEvictsTheOldestHitAndCountsIt() {
        // given a group may hold two hits, so "three in a minute" can never be reached
        SigmaCorrelator correlator = correlator(CorrelatorConfig.defaults().withMaxEventsPerGroup(2));

        // when
        List<CorrelationMatch> matches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            matches.addAll(correlator.accept(failed("e" + i, i, "H")));
        }

        // then
        assertThat(matches).isEmpty();
        assertThat(correlator.stats().eventsEvicted()).isEqualTo(3);
        assertThat(correlator.stats().eventsHeld()).isEqualTo(2);
        assertThat(correlator.stats().groupsEvicted()).isZero();
    }

    @Test
    void groupsNoEventCanJoinAnyMoreAreDroppedWithoutCountingAsEvictions() {
        SigmaCorrelator correlator = correlator(CorrelatorConfig.defaults().withAllowedLateness(Duration.ZERO));
        correlator.accept(failed("a", 0, "A"));
        correlator.accept(failed("b", 10, "B"));

        correlator.advanceTo(at(65));

        CorrelatorStats stats = correlator.stats();
        assertThat(stats.groupsHeld()).isEqualTo(1);
        assertThat(stats.eventsHeld()).isEqualTo(1);
        assertThat(stats.groupsEvicted()).isZero();
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(failed("e" + i, i * 7L % 300, "H" + (i % 5)));
        }

        assertThat(run(events)).isEqualTo(run(events)).isNotEmpty();
    }

    @Test
    void theSampleRulesKeepTheirStateBounded() {
        SigmaCorrelator correlator = new SigmaCorrelator(
                new SigmaRuleLoader().load(resource("sigma")), new CorrelatorConfig(Duration.ZERO, 50, 10));

        for (int i = 0; i < 1_000; i++) {
            correlator.accept(event(
                    "e" + i,
                    at(i),
                    json("EventID", 4625, "ComputerName", "H" + i, "WorkstationName", "W", "User", "u" + i)));
        }

        CorrelatorStats stats = correlator.stats();
        assertThat(stats.groupsHeld()).isLessThanOrEqualTo(50);
        assertThat(stats.eventsHeld()).isLessThanOrEqualTo(500);
        assertThat(stats.groupsEvicted()).isPositive();
    }

    @Test
    void nonsensicalBoundsAreRefused() {
        assertThatThrownBy(() -> new CorrelatorConfig(Duration.ofSeconds(-1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CorrelatorConfig(Duration.ZERO, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<CorrelationMatch> run(List<Event> events) {
        SigmaCorrelator correlator = correlator(CorrelatorConfig.defaults());
        List<CorrelationMatch> matches = new ArrayList<>();
        events.forEach(e -> matches.addAll(correlator.accept(e)));
        matches.addAll(correlator.flush());
        return matches;
    }
}
