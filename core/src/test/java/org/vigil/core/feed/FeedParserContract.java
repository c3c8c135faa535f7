package org.vigil.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedParser} must do, whatever its format: read a real record into events with
 * stable ids, and survive the same malformed inputs without throwing, quarantining them with a
 * reason. Each parser's test extends this class and supplies its samples.
 */
public abstract class FeedParserContract {

    protected static final Instant RECEIVED = Instant.parse("2026-11-27T08:00:00Z");

    protected abstract FeedParser parser();

    /** A realistic, valid record of the format that yields at least one event. */
    protected abstract String validRecord();

    /** A record of the right shape whose key fields have the wrong JSON types (or the format's equivalent). */
    protected abstract String wrongTypesRecord();

    protected ParseOutcome parse(String text) {
        return parser().parse(new RawRecord("test-source", 0, text), RECEIVED);
    }

    protected List<Event> events(String text) {
        return parsed(text).events();
    }

    /** The record must be understood; its events and indicators. */
    protected ParseOutcome.Parsed parsed(String text) {
        ParseOutcome outcome = parse(text);
        assertThat(outcome).as("outcome of %s", text).isInstanceOf(ParseOutcome.Parsed.class);
        return (ParseOutcome.Parsed) outcome;
    }

    /** The record must be quarantined; the reason given. */
    protected String rejection(String text) {
        ParseOutcome outcome = parse(text);
        assertThat(outcome).as("outcome of %s", text).isInstanceOf(ParseOutcome.Rejected.class);
        return ((ParseOutcome.Rejected) outcome).reason();
    }

    /** The record must yield exactly one event of this parser's format, carrying the record as raw text. */
    protected Event onlyEvent(String text) {
        List<Event> events = events(text);
        assertThat(events).hasSize(1);
        Event event = events.get(0);
        assertThat(event.format()).isEqualTo(parser().format());
        assertThat(event.raw()).isEqualTo(text);
        assertThat(event.assetIds()).isEmpty();
        return event;
    }

    private void assertRejected(String text) {
        assertThat(rejection(text)).isNotBlank();
    }

    @Test
    void aValidRecordBecomesEventsWithBothTimesAndTheRawText() {
        List<Event> events = events(validRecord());

        assertThat(events).isNotEmpty();
        for (Event event : events) {
            assertThat(event.format()).isEqualTo(parser().format());
            assertThat(event.receivedTime()).isEqualTo(RECEIVED);
            assertThat(event.eventTime()).isNotNull().isNotEqualTo(RECEIVED);
            assertThat(event.source()).isEqualTo("test-source");
            assertThat(event.raw()).isNotBlank();
            assertThat(event.assetIds()).isEmpty();
        }
    }

    @Test
    void theSameRecordGetsTheSameIdsEveryTime() {
        List<String> first = events(validRecord()).stream().map(Event::id).toList();
        List<String> second = events(validRecord()).stream().map(Event::id).toList();

        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void aTruncatedRecordIsQuarantined() {
        String valid = validRecord();
        assertRejected(valid.substring(0, valid.length() / 2));
    }

    @Test
    void binaryGarbageIsQuarantined() {
        byte[] bytes = new byte[512];
        new Random(42).nextBytes(bytes);
        assertRejected(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Test
    void anEmptyOrBlankRecordIsQuarantined() {
        assertRejected("");
        assertRejected("   \t ");
    }

    @Test
    void wrongTypesAreQuarantinedWithTheFieldNamed() {
        assertRejected(wrongTypesRecord());
    }

    @Test
    void deepNestingIsQuarantinedNotAStackOverflow() {
        assertRejected("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    }

    @Test
    void aHugeRecordNeverThrows() {
        String huge = "{\"x\":\"" + "A".repeat(2 * 1024 * 1024) + "\"}";
        ParseOutcome outcome = parse(huge);
        assertThat(outcome).isNotNull();
    }

    @Test
    void aJsonValueThatIsNotAnEventIsQuarantined() {
        assertRejected("[1, 2, 3]");
        assertRejected("42");
        assertRejected("{}");
    }
}
