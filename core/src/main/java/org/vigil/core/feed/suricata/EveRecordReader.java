package org.vigil.core.feed.suricata;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.feed.KnownFieldNames;
import org.vigil.core.feed.StrictJsonTokens;
import org.vigil.core.feed.suricata.EveRecord.ResourceRecord;

/**
 * Reads the values an EVE mapping needs straight from the record's text into an {@link EveRecord},
 * with {@link StrictJsonTokens} and no tree: the tree, and Jackson's reader over a string, were most
 * of the cost of parsing. Every other value is skipped unread (though still checked as JSON). Only the
 * common shape of a record is read this way; anything rarer (a repeated key, an object where a value
 * should be, {@code files}, {@code email}, DNS {@code answer}…) or anything the strict reader leaves to
 * Jackson gives null, and the record is read through the tree instead, so every outcome stays exactly
 * the tree's.
 */
final class EveRecordReader {

    // The keys each object's mapping reads; every other key is skipped.
    private static final KnownFieldNames ROOT = KnownFieldNames.of(
            "event_type",
            "timestamp",
            "src_ip",
            "dest_ip",
            "src_port",
            "dest_port",
            "proto",
            "app_proto",
            "alert",
            "anomaly",
            "http",
            "dns",
            "tls",
            "flow",
            "fileinfo",
            "files",
            "email",
            "smtp");
    private static final KnownFieldNames ALERT =
            KnownFieldNames.of("signature", "signature_id", "severity", "action", "metadata");
    private static final KnownFieldNames ANOMALY = KnownFieldNames.of("event", "type");
    private static final KnownFieldNames HTTP =
            KnownFieldNames.of("hostname", "url", "http_port", "http_method", "status");
    private static final KnownFieldNames DNS =
            KnownFieldNames.of("rrname", "rrtype", "type", "rcode", "queries", "query", "answers", "grouped", "answer");
    private static final KnownFieldNames RESOURCE_RECORD = KnownFieldNames.of("rrname", "rrtype", "rdata");
    private static final KnownFieldNames GROUPED = KnownFieldNames.of("A", "AAAA", "CNAME");
    private static final KnownFieldNames TLS = KnownFieldNames.of("sni", "version");
    private static final KnownFieldNames FLOW = KnownFieldNames.of("state");
    private static final KnownFieldNames FILEINFO = KnownFieldNames.of("filename", "magic", "sha256", "sha1", "md5");

    private final StrictJsonTokens parser;
    private final EveRecord record = new EveRecord();

    private EveRecordReader(StrictJsonTokens parser) {
        this.parser = parser;
    }

    /** The record's values, or null when it is not of the shape read here. */
    static EveRecord read(String text) {
        try {
            EveRecordReader reader = new EveRecordReader(StrictJsonTokens.ofObject(text));
            reader.root();
            return reader.record;
        } catch (RuntimeException e) {
            return null; // not JSON the strict reader reads, or off the direct path: the tree path says what it is
        }
    }

    private void root() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(ROOT)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "event_type" -> record.eventType = keys.once(0, scalar(token));
                case "timestamp" -> record.timestamp = keys.once(1, scalar(token));
                case "src_ip" -> record.srcIp = keys.once(2, scalar(token));
                case "dest_ip" -> record.destIp = keys.once(3, scalar(token));
                case "src_port" -> record.srcPort = keys.once(4, scalar(token));
                case "dest_port" -> record.destPort = keys.once(5, scalar(token));
                case "proto" -> record.proto = keys.once(6, scalar(token));
                case "app_proto" -> record.appProto = keys.once(7, scalar(token));
                case "alert" -> record.alert = keys.once(8, object(token)) && alert();
                case "anomaly" -> record.anomaly = keys.once(9, object(token)) && anomaly();
                case "http" -> record.http = keys.once(10, object(token)) && http();
                case "dns" -> record.dns = keys.once(11, object(token)) && dns();
                case "tls" -> record.tls = keys.once(12, object(token)) && tls();
                case "flow" -> record.flow = keys.once(13, object(token)) && flow();
                case "fileinfo" -> record.fileinfo = keys.once(14, object(token)) && fileinfo();
                case "files", "email", "smtp" -> absent(token);
                default -> parser.skipChildren(token);
            }
        }
    }

    private boolean alert() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(ALERT)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "signature" -> record.signature = keys.once(0, scalar(token));
                case "signature_id" -> record.signatureId = keys.once(1, scalar(token));
                case "severity" -> record.severity = keys.once(2, scalar(token));
                case "action" -> record.action = keys.once(3, scalar(token));
                case "metadata" -> {
                    if (keys.once(4, object(token))) {
                        metadata();
                    }
                }
                default -> parser.skipChildren(token);
            }
        }
        return true;
    }

    /** The strings of every {@code mitre_technique*} key, as {@code JsonFields.eachString} reads them. */
    private void metadata() {
        List<String> seen = new ArrayList<>(2);
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken token = parser.nextToken();
            if (!name.startsWith("mitre_technique")) {
                parser.skipChildren(token);
                continue;
            }
            if (seen.contains(name)) {
                throw new OffTheDirectPath(); // the tree keeps the last value in the first place
            }
            seen.add(name);
            strings(token, record.techniqueTexts);
        }
    }

    private boolean anomaly() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(ANOMALY)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "event" -> record.anomalyEvent = keys.once(0, scalar(token));
                case "type" -> record.anomalyType = keys.once(1, scalar(token));
                default -> parser.skipChildren(token);
            }
        }
        return true;
    }

    private boolean http() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(HTTP)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "hostname" -> record.hostname = keys.once(0, scalar(token));
                case "url" -> record.url = keys.once(1, scalar(token));
                case "http_port" -> record.httpPort = keys.once(2, scalar(token));
                case "http_method" -> record.httpMethod = keys.once(3, scalar(token));
                case "status" -> record.status = keys.once(4, scalar(token));
                default -> parser.skipChildren(token);
            }
        }
        return true;
    }

    private boolean dns() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(DNS)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "rrname" -> record.rrname = keys.once(0, scalar(token));
                case "rrtype" -> record.rrtype = keys.once(1, scalar(token));
                case "type" -> record.dnsType = keys.once(2, scalar(token));
                case "rcode" -> record.rcode = keys.once(3, scalar(token));
                case "queries" -> record.queries = keys.once(4, resourceRecords(token));
                case "query" -> record.query = keys.once(5, resourceRecords(token));
                case "answers" -> record.answers = keys.once(6, resourceRecords(token));
                case "grouped" -> {
                    if (keys.once(7, object(token))) {
                        grouped();
                    }
                }
                case "answer" -> absent(token);
                default -> parser.skipChildren(token);
            }
        }
        return true;
    }

    /** A list of queries or answers, each an object; null when absent. */
    private List<ResourceRecord> resourceRecords(JsonToken token) {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_ARRAY) {
            throw new OffTheDirectPath();
        }
        List<ResourceRecord> records = new ArrayList<>(2);
        JsonToken element;
        while ((element = parser.nextElement()) != JsonToken.END_ARRAY) {
            if (element != JsonToken.START_OBJECT) {
                throw new OffTheDirectPath();
            }
            records.add(resourceRecord());
        }
        return records;
    }

    private ResourceRecord resourceRecord() {
        Keys keys = new Keys();
        Object rrname = null;
        Object rrtype = null;
        Object rdata = null;
        String name;
        while ((name = parser.nextFieldName(RESOURCE_RECORD)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "rrname" -> rrname = keys.once(0, scalar(token));
                case "rrtype" -> rrtype = keys.once(1, scalar(token));
                case "rdata" -> rdata = keys.once(2, scalar(token));
                default -> parser.skipChildren(token);
            }
        }
        return new ResourceRecord(rrname, rrtype, rdata);
    }

    private void grouped() {
        Keys keys = new Keys();
        record.groupedA = new ArrayList<>(1);
        record.groupedAaaa = new ArrayList<>(1);
        record.groupedCname = new ArrayList<>(1);
        String name;
        while ((name = parser.nextFieldName(GROUPED)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "A" -> strings(keys.once(0, token), record.groupedA);
                case "AAAA" -> strings(keys.once(1, token), record.groupedAaaa);
                case "CNAME" -> strings(keys.once(2, token), record.groupedCname);
                default -> parser.skipChildren(token);
            }
        }
    }

    private boolean tls() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(TLS)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "sni" -> record.sni = keys.once(0, scalar(token));
                case "version" -> record.tlsVersion = keys.once(1, scalar(token));
                default -> parser.skipChildren(token);
            }
        }
        return true;
    }

    private boolean flow() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(FLOW)) != null) {
            JsonToken token = parser.nextToken();
            if ("state".equals(name)) {
                record.flowState = keys.once(0, scalar(token));
            } else {
                parser.skipChildren(token);
            }
        }
        return true;
    }

    private boolean fileinfo() {
        Keys keys = new Keys();
        String name;
        while ((name = parser.nextFieldName(FILEINFO)) != null) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "filename" -> record.filename = keys.once(0, scalar(token));
                case "magic" -> record.magic = keys.once(1, scalar(token));
                case "sha256" -> record.sha256 = keys.once(2, scalar(token));
                case "sha1" -> record.sha1 = keys.once(3, scalar(token));
                case "md5" -> record.md5 = keys.once(4, scalar(token));
                default -> parser.skipChildren(token);
            }
        }
        return true;
    }

    /** The value at the current token as {@link EveRecord} holds it. */
    private Object scalar(JsonToken token) {
        switch (token) {
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue(); // at most 18 digits: always fits
            case VALUE_NULL:
                return null;
            default:
                parser.skipChildren(token);
                return EveRecord.OTHER;
        }
    }

    /** Whether an object starts here (then read next); false for null; anything else is off the path. */
    private static boolean object(JsonToken token) {
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw new OffTheDirectPath();
    }

    /** A key read here only when null: anything else is left to the tree path. */
    private static void absent(JsonToken token) {
        if (token != JsonToken.VALUE_NULL) {
            throw new OffTheDirectPath();
        }
    }

    /**
     * The non-blank strings of a string or an array (other elements skipped), as {@code
     * JsonFields.eachString} reads a node; nothing from any other value.
     */
    private void strings(JsonToken token, List<String> sink) {
        if (token == JsonToken.VALUE_STRING) {
            addNonBlank(sink);
        } else if (token == JsonToken.START_ARRAY) {
            JsonToken element;
            while ((element = parser.nextElement()) != JsonToken.END_ARRAY) {
                if (element == JsonToken.VALUE_STRING) {
                    addNonBlank(sink);
                } else {
                    parser.skipChildren(element);
                }
            }
        } else {
            parser.skipChildren(token);
        }
    }

    private void addNonBlank(List<String> sink) {
        String text = parser.getText();
        if (!text.isBlank()) {
            sink.add(text);
        }
    }

    /** The keys of one object seen so far: a key seen twice is off the path (the tree keeps the last). */
    private static final class Keys {
        private int seen;

        <T> T once(int key, T value) {
            if ((seen & (1 << key)) != 0) {
                throw new OffTheDirectPath();
            }
            seen |= 1 << key;
            return value;
        }
    }
}
