package org.vigil.core.feed.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.JsonRecords;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.Timestamps;

/**
 * Reads OCSF 1.x events, one JSON object per record. Category comes from {@code class_uid} and
 * {@code category_uid}, severity from {@code severity_id} (see {@link OcsfMapping}), the event time
 * from {@code time} (epoch milliseconds) or else {@code time_dt}, techniques from {@code attacks},
 * entities from endpoints, users, the device, DNS query, URL and file hashes (see {@link
 * OcsfEntities}), the summary as {@link OcsfSummary} says. Each record yields one event.
 */
public final class OcsfEventParser implements FeedParser {

    /** 9999-12-31T23:59:59.999Z: later {@code time} values are not dates. */
    private static final long MAX_MILLIS = 253_402_300_799_999L;

    @Override
    public FeedFormat format() {
        return FeedFormat.OCSF;
    }

    @Override
    public ParseOutcome parse(RawRecord record, Instant receivedTime) {
        JsonRecords.Either parsed = JsonRecords.parseObject(record.text());
        if (!parsed.ok()) {
            return new ParseOutcome.Rejected(parsed.error());
        }
        try {
            return ParseOutcome.Parsed.of(toEvent(parsed.node(), record, receivedTime));
        } catch (OcsfFields.BadField e) {
            return new ParseOutcome.Rejected(e.getMessage());
        }
    }

    private static Event toEvent(JsonNode event, RawRecord record, Instant receivedTime) {
        Long classUid = OcsfFields.integer(event, "class_uid", "class_uid");
        if (classUid == null) {
            throw new OcsfFields.BadField("class_uid", "missing");
        }
        if (classUid < 0) {
            throw new OcsfFields.BadField("class_uid", classUid + " is not an OCSF class");
        }
        Long categoryUid = OcsfFields.integer(event, "category_uid", "category_uid");
        long category = categoryUid != null ? categoryUid : classUid / 1000;
        Instant time = eventTime(event);
        EventSeverity severity = severity(event);
        JsonNode malware = OcsfFields.array(event, "malware", "malware");
        boolean namesMalware = malware != null && !malware.isEmpty();
        EventCategory eventCategory = OcsfMapping.category(category, classUid, namesMalware);
        return new Event(
                EventIds.of(FeedFormat.OCSF, record.text(), 0),
                time,
                receivedTime,
                record.source(),
                FeedFormat.OCSF,
                eventCategory,
                severity,
                OcsfSummary.of(event, classUid),
                OcsfEntities.techniques(event),
                OcsfEntities.of(event),
                List.of(),
                record.text());
    }

    private static Instant eventTime(JsonNode event) {
        JsonNode time = OcsfFields.value(event, "time");
        if (time != null) {
            if (!time.isNumber()) {
                throw new OcsfFields.BadField("time", "not a number of milliseconds");
            }
            double millis = time.doubleValue();
            if (!(millis > 0 && millis <= MAX_MILLIS)) {
                throw new OcsfFields.BadField("time", "not a date");
            }
            return Instant.ofEpochMilli(time.isIntegralNumber() ? time.longValue() : (long) millis);
        }
        String text = OcsfFields.string(event, "time_dt", "time_dt");
        if (text == null) {
            throw new OcsfFields.BadField("time", "missing");
        }
        return Timestamps.parse(text).orElseThrow(() -> new OcsfFields.BadField("time_dt", "not a date"));
    }

    private static EventSeverity severity(JsonNode event) {
        Long id = OcsfFields.integer(event, "severity_id", "severity_id");
        String caption = OcsfFields.string(event, "severity", "severity");
        EventSeverity severity = OcsfMapping.severity(id == null ? 0 : id, caption);
        if (severity == null) {
            throw new OcsfFields.BadField("severity_id", id + " is not an OCSF severity");
        }
        return severity;
    }
}
