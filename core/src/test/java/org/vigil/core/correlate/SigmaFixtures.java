package org.vigil.core.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.JsonRecords;

/** Events and rules for the correlate tests. */
final class SigmaFixtures {

    static final Instant T0 = Instant.parse("2025-03-11T22:00:00Z");

    private SigmaFixtures() {}

    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A JSON object from alternating keys and values. */
    static String json(Object... keysAndValues) {
        ObjectNode node = JsonRecords.mapper().createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.set((String) keysAndValues[i], JsonRecords.mapper().valueToTree(keysAndValues[i + 1]));
        }
        return node.toString();
    }

    static Event event(String id, Instant time, String raw) {
        return event(id, time, raw, List.of(), List.of());
    }

    static Event event(String id, Instant time, String raw, List<String> techniques, List<Entity> entities) {
        return new Event(
                id,
                time,
                time,
                "test-monitor",
                FeedFormat.VIGIL,
                EventCategory.AUTHENTICATION,
                EventSeverity.MEDIUM,
                "test event " + id,
                techniques,
                entities,
                List.of(),
                raw);
    }

    /** Loads a single rule from YAML text and insists it loaded cleanly. */
    static SigmaRule rule(String yaml) {
        LoadedRules loaded = new SigmaRuleLoader().load(Path.of("test.yml"), yaml);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.rules()).hasSize(1);
        return loaded.rules().get(0);
    }

    /** A rule with the given detection section (unindented YAML). */
    static SigmaRule detection(String detection) {
        return rule(withDetection(detection));
    }

    /** The single problem reported for a rule with the given detection section. */
    static RuleProblem problemWith(String detection) {
        LoadedRules loaded = new SigmaRuleLoader().load(Path.of("bad.yml"), withDetection(detection));
        assertThat(loaded.rules()).isEmpty();
        assertThat(loaded.problems()).hasSize(1);
        return loaded.problems().get(0);
    }

    static String withDetection(String detection) {
        return "title: Test rule\nid: test-rule\nlogsource:\n    product: test\ndetection:\n"
                + detection.strip().indent(4);
    }

    static boolean matches(SigmaRule rule, String raw) {
        return rule.matches(event("e1", T0, raw));
    }

    static Path resource(String name) {
        try {
            return Path.of(SigmaFixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
