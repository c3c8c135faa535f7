package org.vigil.core.feed.ocsf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.JsonFields;
import org.vigil.core.feed.JsonObjectParser;
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
public final class OcsfEventParser extends JsonObjectParser {

    /** 9999-12-31T23:59:59.999Z: later {@code time} values are not dates. */
    private static final long MAX_MILLIS = 253_402_300_799_999L;

    @Override
    public FeedFormat format() {
        return FeedFormat.OCSF;
    }

    @Override
    protected ParseOutcome read(JsonNode event, RawRecord record, Instant receivedTime) {
        Long classUid = JsonFields.optionalLong(event, "class_uid", "class_uid");
        if (classUid == null) {
            throw InvalidRecord.field("class_uid", "missing");
        }
        if (classUid < 0) {
            throw InvalidRecord.field("class_uid", classUid + " is not an OCSF class");
        }
        Long categoryUid = JsonFields.optionalLong(event, "category_uid", "category_uid");
        long category = categoryUid != null ? categoryUid : classUid / 1000;
        Instant time = eventTime(event);
        EventSeverity severity = severity(event);
        JsonNode malware = JsonFields.array(event, "malware", "malware");
        boolean namesMalware = malware != null && !malware.isEmpty();
        EventCategory eventCategory = OcsfMapping.category(category, classUid, namesMalware);
        return ParseOutcome.Parsed.of(event(
                record,
                receivedTime,
                0,
                time,
                eventCategory,
                severity,
                OcsfSummary.of(event, classUid),
                OcsfEntities.techniques(event),
                OcsfEntities.of(event)));
    }

    private static Instant eventTime(JsonNode event) {
        JsonNode time = JsonFields.value(event, "time");
        if (time != null) {
            if (!time.isNumber()) {
                throw InvalidRecord.field("time", "not a number of milliseconds");
            }
            double millis = time.doubleValue();
            if (!(millis > 0 && millis <= MAX_MILLIS)) {
                throw InvalidRecord.field("time", "not a date");
            }
            return Instant.ofEpochMilli(time.isIntegralNumber() ? time.longValue() : (long) millis);
        }
        String text = JsonFields.optionalText(event, "time_dt", "time_dt");
        if (text == null) {
            throw InvalidRecord.field("time", "missing");
        }
        return Timestamps.parse(text).orElseThrow(() -> InvalidRecord.field("time_dt", "not a date"));
    }

    private static EventSeverity severity(JsonNode event) {
        Long id = JsonFields.optionalLong(event, "severity_id", "severity_id");
        String caption = JsonFields.optionalText(event, "severity", "severity");
        EventSeverity severity = OcsfMapping.severity(id == null ? 0 : id, caption);
        if (severity == null) {
            throw InvalidRecord.field("severity_id", id + " is not an OCSF severity");
        }
        return severity;
    }
}
