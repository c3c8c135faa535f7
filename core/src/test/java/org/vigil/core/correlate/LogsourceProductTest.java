package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;

/** A rule's logsource product keeps it off events another product wrote. */
class LogsourceProductTest {

    private static final String RAW = "{\"rule\": {\"groups\": [\"authentication_failed\"]}}";

    private static SigmaRule ruleFor(String product) {
        LoadedRules loaded = new SigmaRuleLoader()
                .load(
                        Path.of("r.yml"),
                        "title: Failed logins\nlogsource:\n    product: " + product
                                + "\ndetection:\n    selection:\n        rule.groups: authentication_failed\n"
                                + "    condition: selection\n");
        assertThat(loaded.problems()).isEmpty();
        return loaded.rules().get(0);
    }

    private static Event readAs(FeedFormat format) {
        return new Event(
                "e",
                Instant.EPOCH,
                Instant.EPOCH,
                "test",
                format,
                EventCategory.AUTHENTICATION,
                EventSeverity.LOW,
                "",
                List.of(),
                List.of(),
                List.of(),
                RAW);
    }

    @Test
    void aRuleForOneProductSkipsEventsOfAFormatOnlyAnotherProductWrites() {
        assertThat(ruleFor("wazuh").matches(readAs(FeedFormat.WAZUH))).isTrue();
        assertThat(ruleFor("wazuh").matches(readAs(FeedFormat.SURICATA_EVE))).isFalse();
        assertThat(ruleFor("Wazuh").matches(readAs(FeedFormat.WAZUH)))
                .as("products ignore case")
                .isTrue();
    }

    @Test
    void eventsOfFormatsAnyProductWritesAreSeenByEveryRule() {
        assertThat(ruleFor("wazuh").matches(readAs(FeedFormat.JSON))).isTrue();
        assertThat(ruleFor("windows").matches(readAs(FeedFormat.CEF))).isTrue();
        assertThat(ruleFor("windows").matches(readAs(FeedFormat.WAZUH)))
                .as("Wazuh carries other products' logs")
                .isTrue();
    }

    @Test
    void rulesSortedByFormatKeepTheirOrderAndOnlyThoseThatCanMatch() {
        // given rules for two single-product formats, for another product, and for none
        SigmaRule suricata = ruleFor("suricata");
        SigmaRule windows = ruleFor("windows");
        SigmaRule zeek = ruleFor("zeek");
        LoadedRules anyProduct = new SigmaRuleLoader()
                .load(
                        Path.of("any.yml"),
                        "title: Any\nlogsource:\n    category: network_connection\ndetection:\n"
                                + "    selection:\n        rule.groups: authentication_failed\n    condition: selection\n");
        SigmaRule any = anyProduct.rules().get(0);

        // when they are sorted by the formats they apply to
        RulesByFormat byFormat = new RulesByFormat(List.of(suricata, windows, zeek, any));

        // then a format one product writes gets that product's rules and those naming none, in order
        assertThat(byFormat.of(FeedFormat.SURICATA_EVE)).containsExactly(suricata, any);
        assertThat(byFormat.of(FeedFormat.ZEEK)).containsExactly(zeek, any);
        assertThat(byFormat.of(FeedFormat.WAZUH)).containsExactly(suricata, windows, zeek, any);
        for (FeedFormat format : FeedFormat.values()) {
            for (SigmaRule rule : List.of(suricata, windows, zeek, any)) {
                assertThat(byFormat.of(format).contains(rule))
                        .as(format + " " + rule.title())
                        .isEqualTo(rule.matches(readAs(format)));
            }
        }
    }
}
