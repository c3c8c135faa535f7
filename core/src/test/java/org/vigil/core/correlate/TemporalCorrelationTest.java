package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.correlate.SigmaFixtures.at;
import static org.vigil.core.correlate.SigmaFixtures.event;
import static org.vigil.core.correlate.SigmaFixtures.json;
import static org.vigil.core.correlate.SigmaFixtures.resource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;

class TemporalCorrelationTest {

    private static final String WHOAMI = "C:\\Windows\\System32\\whoami.exe";
    private static final String NET = "C:\\Windows\\System32\\net.exe";
    private static final String IPCONFIG = "C:\\Windows\\System32\\ipconfig.exe";

    private static Event command(String id, Instant time, String image, String commandLine, String user) {
        String raw = json("Image", image, "CommandLine", commandLine, "ComputerName", "WS-07", "User", user);
        return event(id, time, raw, List.of("T1033"), List.of());
    }

    private static Event whoami(String id, long seconds, String user) {
        return command(id, at(seconds), WHOAMI, "whoami /all", user);
    }

    private static Event netUser(String id, long seconds, String user) {
        return command(id, at(seconds), NET, "net user administrator", user);
    }

    private static Event ipconfig(String id, long seconds, String user) {
        return command(id, at(seconds), IPCONFIG, "ipconfig /all", user);
    }

    private static List<CorrelationMatch> feedSamples(Event... events) {
        SigmaCorrelator correlator =
                new SigmaCorrelator(new SigmaRuleLoader().load(resource("sigma")), CorrelatorConfig.defaults());
        List<CorrelationMatch> matches = new ArrayList<>();
        for (Event e : events) {
            matches.addAll(correlator.accept(e));
        }
        matches.addAll(correlator.flush());
        return matches;
    }

    @Test
    void inOrderWithinTheTimespanBothTemporalRulesFire() {
        // when
        List<CorrelationMatch> matches =
                feedSamples(whoami("a", 0, "bob"), netUser("b", 60, "bob"), ipconfig("c", 120, "bob"));

        // then
        assertThat(matches).extracting(CorrelationMatch::ruleTitle).containsExactly("Recon", "Recon ordered");
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.group()).isEqualTo(Map.of("ComputerName", "WS-07", "User", "bob"));
            assertThat(m.eventIds()).containsExactly("a", "b", "c");
            assertThat(m.count()).isEqualTo(3);
            assertThat(m.techniques()).containsExactly("T1033");
        });
    }

    @Test
    void outOfOrderOnlyTheUnorderedRuleFires() {
        List<CorrelationMatch> matches =
                feedSamples(ipconfig("c", 0, "bob"), netUser("b", 60, "bob"), whoami("a", 120, "bob"));

        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo(CorrelationType.TEMPORAL);
            assertThat(m.eventIds()).containsExactly("c", "b", "a");
        });
    }

    @Test
    void theOrderedRuleFindsTheOrderAmongOtherHits() {
        List<CorrelationMatch> matches = feedSamples(
                netUser("b0", 0, "bob"),
                whoami("a", 10, "bob"),
                ipconfig("c0", 20, "bob"),
                netUser("b", 30, "bob"),
                ipconfig("c", 40, "bob"));

        assertThat(matches)
                .filteredOn(m -> m.type() == CorrelationType.TEMPORAL_ORDERED)
                .singleElement()
                .satisfies(m -> assertThat(m.eventIds()).containsExactly("a", "b", "c"));
    }

    @Test
    void aRuleSeenOutsideTheTimespanDoesNotComplete() {
        List<CorrelationMatch> matches =
                feedSamples(whoami("a", 0, "bob"), netUser("b", 60, "bob"), ipconfig("c", 301, "bob"));

        assertThat(matches).isEmpty();
    }

    @Test
    void theTimespanEdgeIsInclusive() {
        List<CorrelationMatch> matches =
                feedSamples(whoami("a", 0, "bob"), netUser("b", 60, "bob"), ipconfig("c", 300, "bob"));

        assertThat(matches).hasSize(2);
    }

    @Test
    void differentUsersAreSeparateGroups() {
        List<CorrelationMatch> matches =
                feedSamples(whoami("a", 0, "bob"), netUser("b", 60, "alice"), ipconfig("c", 120, "bob"));

        assertThat(matches).isEmpty();
    }

    @Test
    void repeatingOneRuleIsNotEnough() {
        List<CorrelationMatch> matches =
                feedSamples(whoami("a1", 0, "bob"), whoami("a2", 1, "bob"), whoami("a3", 2, "bob"));

        assertThat(matches).isEmpty();
    }

    @Test
    void aConditionOnTemporalCountsDistinctRules() {
        String text = recon() + "---\n" + """
                title: Two recon commands
                correlation:
                    type: temporal
                    rules: [recon_cmd_a, recon_cmd_b, recon_cmd_c]
                    group-by: [User]
                    timespan: 1m
                    condition:
                        gte: 2
                """;
        SigmaCorrelator correlator = correlator(text);

        correlator.accept(whoami("a", 0, "bob"));
        List<CorrelationMatch> matches = correlator.accept(ipconfig("c", 30, "bob"));

        assertThat(matches).singleElement().satisfies(m -> assertThat(m.count()).isEqualTo(2));
    }

    @Test
    void aliasesGroupDifferentFieldsOfDifferentRulesTogether() {
        // given an internal error seen from the server side and a connection seen from the client side
        String text = """
                title: Internal error
                name: internal_error
                logsource: {category: webserver}
                detection:
                    selection: {http.response.status_code: 500}
                    condition: selection
                ---
                title: New connection
                name: new_network_connection
                logsource: {category: network_connection}
                detection:
                    selection: {event.category: network}
                    condition: selection
                ---
                title: Error then connection between the same pair
                correlation:
                    type: temporal
                    rules: [internal_error, new_network_connection]
                    group-by: [internal_ip, remote_ip]
                    timespan: 10s
                    aliases:
                        internal_ip:
                            internal_error: destination.ip
                            new_network_connection: source.ip
                        remote_ip:
                            internal_error: source.ip
                            new_network_connection: destination.ip
                """;
        SigmaCorrelator correlator = correlator(text);
        Event error = event(
                "err",
                at(0),
                "{\"http\":{\"response\":{\"status_code\":500}},"
                        + "\"source\":{\"ip\":\"203.0.113.9\"},\"destination\":{\"ip\":\"10.0.0.5\"}}");
        Event connection = event(
                "conn",
                at(3),
                "{\"event\":{\"category\":\"network\"},"
                        + "\"source\":{\"ip\":\"10.0.0.5\"},\"destination\":{\"ip\":\"203.0.113.9\"}}");

        // when
        correlator.accept(error);
        List<CorrelationMatch> matches = correlator.accept(connection);

        // then
        assertThat(matches)
                .singleElement()
                .satisfies(m ->
                        assertThat(m.group()).isEqualTo(Map.of("internal_ip", "10.0.0.5", "remote_ip", "203.0.113.9")));
    }

    @Test
    void correlationsChainIntoOtherCorrelations() {
        // given the specification's example: several failed logins, then a success, by one user
        String text = """
                title: Failed logins followed by success
                id: chain
                correlation:
                    type: temporal_ordered
                    rules: [multiple_failed_login, successful_login]
                    group-by: [User]
                    timespan: 10m
                level: high
                ---
                title: Multiple failed logons
                name: multiple_failed_login
                correlation:
                    type: event_count
                    rules: [failed_login]
                    group-by: [User]
                    timespan: 10m
                    condition: {gte: 3}
                ---
                title: Single failed login
                name: failed_login
                logsource: {product: windows, service: security}
                detection:
                    selection: {EventID: [529, 4625]}
                    condition: selection
                ---
                title: Successful login
                name: successful_login
                logsource: {product: windows, service: security}
                detection:
                    selection: {EventID: [528, 4624]}
                    condition: selection
                """;
        SigmaCorrelator correlator = correlator(text);
        List<CorrelationMatch> matches = new ArrayList<>();

        // when
        for (int i = 0; i < 3; i++) {
            matches.addAll(correlator.accept(event("f" + i, at(i * 10L), json("EventID", 4625, "User", "carol"))));
        }
        matches.addAll(correlator.accept(event("ok", at(60), json("EventID", 4624, "User", "carol"))));

        // then
        assertThat(matches)
                .extracting(CorrelationMatch::ruleTitle)
                .containsExactly("Multiple failed logons", "Failed logins followed by success");
        assertThat(matches.get(1).ruleId()).isEqualTo("chain");
        assertThat(matches.get(1).level()).isEqualTo("high");
        assertThat(matches.get(1).eventIds()).containsExactly("f0", "f1", "f2", "ok");
        assertThat(matches.get(1).group()).isEqualTo(Map.of("User", "carol"));
    }

    private static SigmaCorrelator correlator(String text) {
        LoadedRules rules = new SigmaRuleLoader().load(Path.of("rules.yml"), text);
        assertThat(rules.problems()).isEmpty();
        return new SigmaCorrelator(rules, CorrelatorConfig.defaults());
    }

    private static String recon() {
        try {
            return java.nio.file.Files.readString(resource("sigma/recon_commands.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
