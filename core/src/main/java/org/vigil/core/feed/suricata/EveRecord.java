package org.vigil.core.feed.suricata;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.feed.JsonFields;

/**
 * The values of one EVE record that its mapping reads, taken straight from the tokens by {@link
 * EveRecordReader}. A value is held as it came: null (absent or JSON null), a {@link String}, a
 * {@link Long} (a whole number that fits), or {@link #OTHER} (any other JSON value). The accessors
 * read them as {@link JsonFields} reads tree nodes, and throw {@link OffTheDirectPath} where
 * JsonFields would reject the record, so rejections always come from the tree path.
 */
final class EveRecord {

    /** A value of a type no accessor accepts (float, boolean, object, array, huge number). */
    static final Object OTHER = new Object();

    /** One query or answer of a DNS record: its name, type and data, as held. */
    record ResourceRecord(Object rrname, Object rrtype, Object rdata) {}

    Object eventType;
    Object timestamp;
    Object srcIp;
    Object destIp;
    Object srcPort;
    Object destPort;
    Object proto;
    Object appProto;

    boolean alert;
    Object signature;
    Object signatureId;
    Object severity;
    Object action;
    /** The strings under {@code alert.metadata.mitre_technique*}, in order. */
    final List<String> techniqueTexts = new ArrayList<>(2);

    boolean anomaly;
    Object anomalyEvent;
    Object anomalyType;

    boolean http;
    Object hostname;
    Object url;
    Object httpPort;
    Object httpMethod;
    Object status;

    boolean dns;
    Object rrname;
    Object rrtype;
    Object dnsType;
    Object rcode;
    /** {@code dns.queries}, {@code dns.query}, {@code dns.answers}; null when absent. */
    List<ResourceRecord> queries;

    List<ResourceRecord> query;
    List<ResourceRecord> answers;
    /** The strings of {@code dns.grouped.A}, {@code .AAAA}, {@code .CNAME}; null without {@code grouped}. */
    List<String> groupedA;

    List<String> groupedAaaa;
    List<String> groupedCname;

    boolean tls;
    Object sni;
    Object tlsVersion;

    boolean flow;
    Object flowState;

    boolean fileinfo;
    Object filename;
    Object magic;
    Object sha256;
    Object sha1;
    Object md5;

    /** As {@link JsonFields#text}: a string, null when absent or blank. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new OffTheDirectPath();
        }
        return text.isBlank() ? null : text;
    }

    /** As {@link JsonFields#wholeNumber}. */
    static Long number(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long number)) {
            throw new OffTheDirectPath();
        }
        return number;
    }

    /** As {@link JsonFields#ip}. */
    static String ip(Object value) {
        String text = text(value);
        if (text != null && !JsonFields.isIpLiteral(text)) {
            throw new OffTheDirectPath();
        }
        return text;
    }

    /** A string as a tree node's {@code isTextual()} sees it, blank or not; null for anything else. */
    static String textual(Object value) {
        return value instanceof String text ? text : null;
    }
}
