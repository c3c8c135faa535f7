package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.at;
import static org.vigil.core.correlate.SigmaFixtures.event;
import static org.vigil.core.correlate.SigmaFixtures.json;
import static org.vigil.core.correlate.SigmaFixtures.resource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.EntityType;
import org.vigil.core.feed.Event;

class ValueCountCorrelationTest {

    private static Event failedLogin(String id, long seconds, String user) {
        return event(
                id,
                at(seconds),
                json("EventID", 4625, "ComputerName", "DC-01", "WorkstationName", "WS-9", "User", user));
    }

    private static List<CorrelationMatch> valueCountMatches(List<Event> events) {
        SigmaCorrelator correlator =
                new SigmaCorrelator(new SigmaRuleLoader().load(resource("sigma")), CorrelatorConfig.defaults());
        List<CorrelationMatch> matches = new ArrayList<>();
        events.forEach(e -> matches.addAll(correlator.accept(e)));
        return matches.stream()
                .filter(m -> m.type() == CorrelationType.VALUE_COUNT)
                .toList();
    }

    @Test
    void theSampleRuleFiresOnAHundredDistinctUsersInADay() {
        // given
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            events.add(failedLogin("e" + i, i * 600L, "user" + i));
        }

        // when
        List<CorrelationMatch> matches = valueCountMatches(events);

        // then
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.ruleId()).isEqualTo("0e95725d-7320-415d-80f7-004da920fc12");
            assertThat(m.group()).isEqualTo(Map.of("ComputerName", "DC-01", "WorkstationName", "WS-9"));
            assertThat(m.count()).isEqualTo(100);
        });
    }

    @Test
    void repeatedValuesAreCountedOnce() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            events.add(failedLogin("e" + i, i, "user" + (i % 99)));
        }

        assertThat(valueCountMatches(events)).isEmpty();
    }

    @Test
    void distinctValuesOfAMultiValuedFieldEachCount() {
        // given "three distinct IPs per user in 1 minute", on Vigil's normalised fields
        String text = """
                title: Login seen
                id: login
                logsource: {product: vigil}
                detection:
                    selection: {vigil.category: authentication}
                    condition: selection
                ---
                title: User from many addresses
                correlation:
                    type: value_count
                    rules: [login]
                    group-by: [vigil.user]
                    timespan: 1m
                    condition: {field: vigil.ip, gte: 3}
                """;
        LoadedRules rules = new SigmaRuleLoader().load(Path.of("rules.yml"), text);
        SigmaCorrelator correlator = new SigmaCorrelator(rules, CorrelatorConfig.defaults());
        Event first = event(
                "a",
                at(0),
                "{}",
                List.of(),
                List.of(
                        new Entity(EntityType.USER, "dan"),
                        new Entity(EntityType.IP, "10.0.0.1"),
                        new Entity(EntityType.IP, "10.0.0.2")));
        Event second = event(
                "b",
                at(5),
                "{}",
                List.of(),
                List.of(
                        new Entity(EntityType.USER, "dan"),
                        new Entity(EntityType.IP, "10.0.0.2"),
                        new Entity(EntityType.IP, "10.0.0.3")));

        // when
        correlator.accept(first);
        List<CorrelationMatch> matches = correlator.accept(second);

        // then
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.group()).isEqualTo(Map.of("vigil.user", "dan"));
            assertThat(m.count()).isEqualTo(3);
            assertThat(m.eventIds()).containsExactly("a", "b");
        });
    }
}
