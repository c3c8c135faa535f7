package org.vigil.core.feed.cef;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.vigil.core.feed.Entity;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.EventSeverity;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.InvalidRecord;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;

/**
 * ArcSight Common Event Format (CEF 0 and 1), one record per line: bare {@code CEF:…} lines or CEF
 * inside RFC 3164 or RFC 5424 syslog (see {@link SyslogHeader}). The header and extension are
 * unescaped as the CEF specification says ({@link CefHeader}, {@link CefExtension}).
 *
 * <p>Event time: the extension's rt (deviceReceiptTime), else end (endTime), else start
 * (startTime), else the syslog timestamp; a record with none of them is rejected. CEF dates without
 * a zone are read in the zone named by dtz (deviceTimeZone), else UTC. Severity, techniques,
 * entities and summary: {@link CefMapping}; category: {@link CefCategories}.
 */
public final class CefParser implements FeedParser {

    /** The extension keys that give the event time, in order of preference, with their full names. */
    private static final List<TimeKey> TIME_KEYS = List.of(
            new TimeKey("rt", "deviceReceiptTime"), new TimeKey("end", "endTime"), new TimeKey("start", "startTime"));

    private record TimeKey(String key, String fullName) {}

    @Override
    public FeedFormat format() {
        return FeedFormat.CEF;
    }

    @Override
    public ParseOutcome parse(RawRecord record, Instant receivedTime) {
        try {
            return ParseOutcome.Parsed.of(read(record, receivedTime));
        } catch (InvalidRecord e) {
            return new ParseOutcome.Rejected(e.getMessage());
        }
    }

    private static Event read(RawRecord record, Instant received) {
        String text = record.text();
        SyslogHeader syslog = SyslogHeader.parse(text, received);
        CefHeader header = CefHeader.parse(text, syslog.cefStart());
        EventSeverity severity = CefMapping.severity(header.severity());
        CefFields fields = new CefFields(CefExtension.parse(text, header.extensionStart()));
        Instant eventTime = eventTime(fields, syslog, received);
        List<String> techniques = CefMapping.techniques(fields);
        List<Entity> entities = CefMapping.entities(fields, syslog.host());
        EventCategory category = CefCategories.of(header, fields, !techniques.isEmpty());
        return new Event(
                EventIds.of(FeedFormat.CEF, text, 0),
                eventTime,
                received,
                record.source(),
                FeedFormat.CEF,
                category,
                severity,
                CefMapping.summary(header, fields),
                techniques,
                entities,
                List.of(),
                text);
    }

    private static Instant eventTime(CefFields fields, SyslogHeader syslog, Instant received) {
        for (TimeKey keys : TIME_KEYS) {
            String value = fields.get(keys.key(), keys.fullName());
            if (value != null) {
                Instant time = CefTimes.value(value, deviceZone(fields), received);
                if (time == null) {
                    throw new InvalidRecord("extension " + keys.key() + ": " + Excerpt.of(value) + " is not a date");
                }
                return time;
            }
        }
        if (syslog.time() == null) {
            throw new InvalidRecord("no event time: no rt, end or start in the extension and no syslog timestamp");
        }
        return syslog.time();
    }

    private static ZoneId deviceZone(CefFields fields) {
        String dtz = fields.get("dtz", "deviceTimeZone");
        if (dtz == null) {
            return CefTimes.UTC;
        }
        ZoneId zone = CefTimes.zone(dtz);
        if (zone == null) {
            throw new InvalidRecord("extension dtz: " + Excerpt.of(dtz) + " is not a time zone");
        }
        return zone;
    }
}
