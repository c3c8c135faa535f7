package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Golden-sample support for the parser tests: sample files on the test classpath, expected events. */
public final class GoldenSamples {

    private GoldenSamples() {}

    /** The whole text of a test resource, e.g. {@code /feeds/ocsf/x.ocsf}. */
    public static String text(String resource) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank lines of a test resource, one record each. */
    public static List<String> lines(String resource) {
        return text(resource).lines().filter(line -> !line.isBlank()).toList();
    }

    public static Entity e(EntityType type, String value) {
        return new Entity(type, value);
    }

    public static Entity ip(String value) {
        return new Entity(EntityType.IP, value);
    }

    public static Entity domain(String value) {
        return new Entity(EntityType.DOMAIN, value);
    }

    /** The event has exactly these properties; techniques and entities in this order. */
    public static void assertGolden(
            Event event,
            String time,
            EventCategory category,
            EventSeverity severity,
            String summary,
            List<String> techniques,
            List<Entity> entities) {
        assertThat(event.eventTime()).as("event time").isEqualTo(Instant.parse(time));
        assertThat(event.category()).as("category").isEqualTo(category);
        assertThat(event.severity()).as("severity").isEqualTo(severity);
        assertThat(event.summary()).as("summary").isEqualTo(summary);
        assertThat(event.techniques()).as("techniques").containsExactlyElementsOf(techniques);
        assertThat(event.entities()).as("entities").containsExactlyElementsOf(entities);
    }

    public static void assertGolden(
            Event event,
            String time,
            EventCategory category,
            EventSeverity severity,
            String summary,
            List<String> techniques,
            Entity... entities) {
        assertGolden(event, time, category, severity, summary, techniques, Arrays.asList(entities));
    }

    /** What the record on line {@code line} (from 0) of a sample file must become. */
    public record Golden(
            int line,
            EventCategory category,
            EventSeverity severity,
            String time,
            String summary,
            List<String> techniques,
            List<Entity> entities) {}

    public static void assertGolden(Event event, Golden golden) {
        assertGolden(
                event,
                golden.time(),
                golden.category(),
                golden.severity(),
                golden.summary(),
                golden.techniques(),
                golden.entities());
    }
}
