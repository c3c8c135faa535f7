package org.vigil.core.feed.cef;

import java.time.Instant;
import org.vigil.core.feed.InvalidRecord;

/**
 * The syslog framing in front of a CEF record, if any: where {@code CEF:} starts, the syslog
 * timestamp (null if none) and host name (null if none). Read are RFC 3164 ({@code <PRI>Mmm dd
 * HH:mm:ss host [tag:] CEF:…}, the PRI optional as in files written by syslog daemons; the time is
 * UTC, the year inferred), the same with an RFC 3339 timestamp instead (rsyslog's file format),
 * RFC 5424 ({@code <PRI>1 timestamp host app procid msgid [structured data] CEF:…}, with {@code -}
 * for absent values) and a bare {@code CEF:} line.
 */
record SyslogHeader(int cefStart, Instant time, String host) {

    private static final String NIL = "-";
    private static final char BOM = '\uFEFF';

    static SyslogHeader parse(String line, Instant received) {
        int length = line.length();
        int i = skip(line, 0);
        if (i == length) {
            throw new InvalidRecord("empty record");
        }
        if (line.startsWith(CefHeader.PREFIX, i)) {
            return new SyslogHeader(i, null, null);
        }
        boolean framed = line.charAt(i) == '<';
        if (framed) {
            i = afterPri(line, i);
            int version = i;
            while (version < length && version - i < 3 && Digits.is(line.charAt(version))) {
                version++;
            }
            if (version > i && version < length && line.charAt(version) == ' ') {
                return rfc5424(line, i, version);
            }
            i = skip(line, i);
        }
        return rfc3164(line, i, framed, received);
    }

    private static SyslogHeader rfc3164(String line, int start, boolean framed, Instant received) {
        int length = line.length();
        Instant time;
        int end;
        if (start < length && Digits.is(line.charAt(start))) {
            end = tokenEnd(line, start);
            time = Rfc3339.parse(line, start, end);
        } else {
            CefTimes.Clock clock = CefTimes.clock(line, start);
            end = clock == null ? start : clock.end();
            time = clock == null ? null : CefTimes.instant(clock, CefTimes.UTC, received);
        }
        if (time == null) {
            throw new InvalidRecord(
                    framed
                            ? "syslog timestamp: not a date"
                            : "not CEF: neither \"CEF:\" nor a syslog header at the start");
        }
        int i = skip(line, end);
        String host = null;
        if (!line.startsWith(CefHeader.PREFIX, i)) {
            int hostEnd = tokenEnd(line, i);
            // "tag: CEF:…" without a host name
            if (hostEnd > i && line.charAt(hostEnd - 1) != ':') {
                host = line.substring(i, hostEnd);
            }
            i = hostEnd;
        }
        return new SyslogHeader(findCef(line, i), time, host);
    }

    private static SyslogHeader rfc5424(String line, int versionStart, int versionEnd) {
        String version = line.substring(versionStart, versionEnd);
        if (!version.equals("1")) {
            throw new InvalidRecord("syslog version " + version + " is not 1 (RFC 5424)");
        }
        int i = versionEnd + 1;
        int end = fieldEnd(line, i, "timestamp");
        Instant time = null;
        if (!line.startsWith(NIL + " ", i)) {
            time = Rfc3339.parse(line, i, end);
            if (time == null) {
                throw new InvalidRecord("syslog timestamp: not an RFC 5424 date");
            }
        }
        i = end + 1;
        end = fieldEnd(line, i, "hostname");
        String host = line.startsWith(NIL + " ", i) ? null : line.substring(i, end);
        i = fieldEnd(line, end + 1, "app-name") + 1;
        i = fieldEnd(line, i, "procid") + 1;
        i = fieldEnd(line, i, "msgid") + 1;
        i = afterStructuredData(line, i);
        return new SyslogHeader(findCef(line, i), time, host);
    }

    private static int afterPri(String line, int start) {
        int i = start + 1;
        int pri = 0;
        while (i < line.length() && i - start <= 3 && Digits.is(line.charAt(i))) {
            pri = pri * 10 + line.charAt(i++) - '0';
        }
        if (i == start + 1 || i >= line.length() || line.charAt(i) != '>' || pri > 191) {
            throw new InvalidRecord("syslog PRI: not <0> to <191>");
        }
        return i + 1;
    }

    /** After {@code -} or the {@code [id name="value"…]} elements (with {@code \"}, {@code \\}, {@code \]} escapes). */
    private static int afterStructuredData(String line, int start) {
        int length = line.length();
        if (line.startsWith(NIL, start)) {
            return start + 1;
        }
        if (start >= length || line.charAt(start) != '[') {
            throw new InvalidRecord("syslog structured data: neither - nor [");
        }
        int i = start;
        while (i < length && line.charAt(i) == '[') {
            boolean quoted = false;
            i++;
            while (true) {
                if (i >= length) {
                    throw new InvalidRecord("syslog structured data: unterminated [ element");
                }
                char c = line.charAt(i++);
                if (quoted && c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ']' && !quoted) {
                    break;
                }
            }
        }
        return i;
    }

    /** Where {@code CEF:} starts, at {@code from} or after a space. */
    private static int findCef(String line, int from) {
        int start = skip(line, from);
        int at = line.indexOf(CefHeader.PREFIX, start);
        while (at > start && line.charAt(at - 1) != ' ') {
            at = line.indexOf(CefHeader.PREFIX, at + 1);
        }
        if (at < 0) {
            throw new InvalidRecord("syslog message is not CEF: no \"CEF:\" after the syslog header");
        }
        return at;
    }

    /** The end of a space-terminated RFC 5424 header field. */
    private static int fieldEnd(String line, int start, String field) {
        int end = start < line.length() ? line.indexOf(' ', start) : -1;
        if (end <= start) {
            throw new InvalidRecord("syslog header field " + field + ": missing");
        }
        return end;
    }

    private static int tokenEnd(String line, int start) {
        int end = line.indexOf(' ', start);
        return end < 0 ? line.length() : end;
    }

    private static int skip(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == BOM)) {
            i++;
        }
        return i;
    }
}
