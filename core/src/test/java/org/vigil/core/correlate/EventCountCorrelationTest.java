package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.at;
import static org.vigil.core.correlate.SigmaFixtures.event;
import static org.vigil.core.correlate.SigmaFixtures.json;
import static org.vigil.core.correlate.SigmaFixtures.resource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;

class EventCountCorrelationTest {

    private static final String FAILED_LOGIN = """
            title: Failed login
            id: failed
            logsource:
                product: windows
            detection:
                selection:
                    EventID: 4625
                condition: selection
            """;

    static Event failedLogin(String id, Instant time, String computer) {
        return event(
                id,
                time,
                json("EventID", 4625, "ComputerName", computer, "WorkstationName", "kiosk", "User", "u-" + id),
                List.of("T1110"),
                List.of());
    }

    private static SigmaCorrelator correlator(String condition, String timespan) {
        String text = FAILED_LOGIN + "---\n" + """
                title: Several failed logins
                id: several
                level: high
                correlation:
                    type: event_count
                    rules: failed
                    group-by: ComputerName
                    timespan: %s
                    condition:
                        %s
                """.formatted(timespan, condition);
        LoadedRules rules = new SigmaRuleLoader().load(Path.of("count.yml"), text);
        assertThat(rules.problems()).isEmpty();
        return new SigmaCorrelator(rules, CorrelatorConfig.defaults().withAllowedLateness(Duration.ZERO));
    }

    private static List<CorrelationMatch> feed(SigmaCorrelator correlator, List<Event> events) {
        List<CorrelationMatch> matches = new ArrayList<>();
        events.forEach(e -> matches.addAll(correlator.accept(e)));
        return matches;
    }

    @Test
    void theSampleRuleFiresOnTheHundredthFailedLoginWithinAnHour() {
        // given
        SigmaCorrelator correlator =
                new SigmaCorrelator(new SigmaRuleLoader().load(resource("sigma")), CorrelatorConfig.defaults());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(failedLogin("e" + i, at(i * 30L), "WS-01"));
        }

        // when
        List<CorrelationMatch> matches = feed(correlator, events);

        // then
        assertThat(matches)
                .filteredOn(m -> m.type() == CorrelationType.EVENT_COUNT)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.ruleId()).isEqualTo("0e95725d-7320-415d-80f7-004da920fc11");
                    assertThat(m.ruleTitle()).isEqualTo("Many failed logins");
                    assertThat(m.group()).isEqualTo(Map.of("ComputerName", "WS-01"));
                    assertThat(m.count()).isEqualTo(100);
                    assertThat(m.eventIds()).hasSize(100).startsWith("e0").endsWith("e99");
                    assertThat(m.windowStart()).isEqualTo(at(0));
                    assertThat(m.windowEnd()).isEqualTo(at(99 * 30L));
                    assertThat(m.techniques()).containsExactly("T1110");
                });
    }

    @Test
    void theSampleRuleStaysQuietAtNinetyNine() {
        SigmaCorrelator correlator =
                new SigmaCorrelator(new SigmaRuleLoader().load(resource("sigma")), CorrelatorConfig.defaults());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            events.add(failedLogin("e" + i, at(i), "WS-01"));
        }

        assertThat(feed(correlator, events))
                .filteredOn(m -> m.type() == CorrelationType.EVENT_COUNT)
                .isEmpty();
    }

    @Test
    void eventsExactlyOneTimespanApartStillCount() {
        SigmaCorrelator correlator = correlator("gte: 3", "10s");

        List<CorrelationMatch> matches = feed(
                correlator,
                List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(5), "H"), failedLogin("c", at(10), "H")));

        assertThat(matches)
                .singleElement()
                .satisfies(m -> assertThat(m.eventIds()).containsExactly("a", "b", "c"));
    }

    @Test
    void eventsFurtherApartThanTheTimespanDoNotCountTogether() {
        SigmaCorrelator correlator = correlator("gte: 3", "10s");

        List<CorrelationMatch> matches = feed(
                correlator,
                List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(5), "H"), failedLogin("c", at(11), "H")));

        assertThat(matches).isEmpty();
    }

    @Test
    void eachGroupIsCountedSeparately() {
        SigmaCorrelator correlator = correlator("gte: 3", "1m");

        List<CorrelationMatch> matches = feed(
                correlator,
                List.of(
                        failedLogin("a1", at(0), "A"),
                        failedLogin("b1", at(1), "B"),
                        failedLogin("a2", at(2), "A"),
                        failedLogin("b2", at(3), "B"),
                        failedLogin("a3", at(4), "A")));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.group()).containsEntry("ComputerName", "A");
            assertThat(m.eventIds()).containsExactly("a1", "a2", "a3");
        });
    }

    @Test
    void aGroupStartsAfreshAfterFiring() {
        SigmaCorrelator correlator = correlator("gt: 1", "1m");

        List<CorrelationMatch> matches = feed(
                correlator,
                List.of(
                        failedLogin("a", at(0), "H"),
                        failedLogin("b", at(1), "H"),
                        failedLogin("c", at(2), "H"),
                        failedLogin("d", at(3), "H")));

        assertThat(matches)
                .extracting(CorrelationMatch::eventIds)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void eventsThatMatchNoReferencedRuleDoNotCount() {
        SigmaCorrelator correlator = correlator("gte: 2", "1m");
        Event success = event("ok", at(1), json("EventID", 4624, "ComputerName", "H"));

        List<CorrelationMatch> matches = feed(correlator, List.of(failedLogin("a", at(0), "H"), success));

        assertThat(matches).isEmpty();
    }

    @Test
    void eventsWithoutTheGroupByFieldAreCountedAsUngrouped() {
        SigmaCorrelator correlator = correlator("gte: 2", "1m");

        feed(correlator, List.of(event("a", at(0), json("EventID", 4625)), event("b", at(1), json("EventID", 4625))));

        assertThat(correlator.stats().ungrouped()).isEqualTo(2);
        assertThat(correlator.stats().matches()).isZero();
    }

    @Test
    void anUpperBoundIsCheckedWhenTheWindowCloses() {
        // given "fewer than 3 in 10 s"
        SigmaCorrelator correlator = correlator("lt: 3", "10s");

        // when two events arrive, nothing is known yet
        List<CorrelationMatch> early =
                feed(correlator, List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(4), "H")));

        // then the window closes once time passes its end
        assertThat(early).isEmpty();
        List<CorrelationMatch> closed = correlator.advanceTo(at(11));
        assertThat(closed).singleElement().satisfies(m -> {
            assertThat(m.count()).isEqualTo(2);
            assertThat(m.windowStart()).isEqualTo(at(0));
            assertThat(m.windowEnd()).isEqualTo(at(10));
        });
    }

    @Test
    void anUpperBoundDoesNotFireWhenExceeded() {
        SigmaCorrelator correlator = correlator("lt: 3", "10s");

        feed(
                correlator,
                List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(4), "H"), failedLogin("c", at(9), "H")));

        assertThat(correlator.flush()).isEmpty();
    }

    @Test
    void anExactCountFiresWhenALaterEventClosesTheWindow() {
        SigmaCorrelator correlator = correlator("eq: 2", "10s");

        List<CorrelationMatch> matches = feed(
                correlator,
                List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(4), "H"), failedLogin("c", at(30), "H")));

        assertThat(matches)
                .singleElement()
                .satisfies(m -> assertThat(m.eventIds()).containsExactly("a", "b"));
        assertThat(correlator.flush()).as("the window holding only c").isEmpty();
    }

    @Test
    void aRangeNeedsBothBounds() {
        SigmaCorrelator two = correlator("gt: 1\n        lte: 2", "10s");
        SigmaCorrelator three = correlator("gt: 1\n        lte: 2", "10s");

        feed(two, List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(1), "H")));
        feed(three, List.of(failedLogin("a", at(0), "H"), failedLogin("b", at(1), "H"), failedLogin("c", at(2), "H")));

        assertThat(two.flush()).hasSize(1);
        assertThat(three.flush()).isEmpty();
    }
}
