package org.vigil.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A parser of records that are one JSON object each: parses the text with {@link JsonRecords}
 * (rejecting what is not a JSON object), lets the format map the object, and turns an {@link
 * InvalidRecord} thrown while mapping into {@link ParseOutcome.Rejected} with its reason.
 */
public abstract class JsonObjectParser implements FeedParser {

    @Override
    public final ParseOutcome parse(RawRecord record, Instant receivedTime) {
        ParseOutcome direct = readDirectly(record, receivedTime);
        if (direct != null) {
            return direct;
        }
        JsonRecords.Either json = JsonRecords.parseObject(record.text(), unreadKeys());
        if (!json.ok()) {
            return new ParseOutcome.Rejected(notAnObject(record.text(), json.error()));
        }
        try {
            return read(json.node(), record, receivedTime);
        } catch (InvalidRecord e) {
            return new ParseOutcome.Rejected(e.getMessage());
        } catch (RuntimeException e) {
            return unexpected(e);
        }
    }

    /**
     * The outcome of the record read straight from its tokens, without a tree, or null to have it
     * parsed into a tree and {@link #read}: a format may read its common records this way, as long as
     * the outcome is the one the tree would give. None by default.
     */
    protected ParseOutcome readDirectly(RawRecord record, Instant receivedTime) {
        return null;
    }

    /**
     * Top-level keys this format never reads, left out of the tree it gets (the raw record keeps
     * them); none by default.
     */
    protected Set<String> unreadKeys() {
        return Set.of();
    }

    /** The record as events (and indicators); throws {@link InvalidRecord} for what it cannot read. */
    protected abstract ParseOutcome read(JsonNode root, RawRecord record, Instant receivedTime);

    /** The reason for a record that is not a JSON object; by default the {@link JsonRecords} error. */
    protected String notAnObject(String text, String error) {
        return error;
    }

    /** Any other failure while mapping; by default it propagates. */
    protected ParseOutcome unexpected(RuntimeException e) {
        throw e;
    }

    /**
     * Whether the event time always comes from the record itself, so that it may be part of the
     * event's id (see {@link EventIds}); true unless a format falls back on the time it was received.
     */
    protected boolean eventTimeIsTheRecordsOwn() {
        return true;
    }

    /** What a format makes of one record, before the times, entities and ids are added. */
    public record Mapped(EventCategory category, EventSeverity severity, String summary, List<String> techniques) {}

    /** The only event of {@code record}, as mapped. */
    protected Event event(
            RawRecord record, Instant receivedTime, Instant eventTime, Mapped mapped, List<Entity> entities) {
        return event(
                record,
                receivedTime,
                0,
                eventTime,
                mapped.category(),
                mapped.severity(),
                mapped.summary(),
                mapped.techniques(),
                entities);
    }

    /** An event of this parser's format read from {@code record}, the {@code index}th of the record. */
    protected Event event(
            RawRecord record,
            Instant receivedTime,
            int index,
            Instant eventTime,
            EventCategory category,
            EventSeverity severity,
            String summary,
            List<String> techniques,
            List<Entity> entities) {
        String id = eventTimeIsTheRecordsOwn()
                ? EventIds.of(format(), record.text(), index, eventTime)
                : EventIds.of(format(), record.text(), index);
        return new Event(
                id,
                eventTime,
                receivedTime,
                record.source(),
                format(),
                category,
                severity,
                summary,
                techniques,
                entities,
                List.of(),
                record.text());
    }
}
