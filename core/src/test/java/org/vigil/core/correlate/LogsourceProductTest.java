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
}
