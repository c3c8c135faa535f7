package org.vigil.bench;

import static org.vigil.bench.EveVocabulary.AGENTS;
import static org.vigil.bench.EveVocabulary.BEACON;
import static org.vigil.bench.EveVocabulary.BEACON_ONE_IN;
import static org.vigil.bench.EveVocabulary.FLOW_REASONS;
import static org.vigil.bench.EveVocabulary.FLOW_STATES;
import static org.vigil.bench.EveVocabulary.INTERNAL_HOSTS;
import static org.vigil.bench.EveVocabulary.OTHER_NAMES;
import static org.vigil.bench.EveVocabulary.PATHS;
import static org.vigil.bench.EveVocabulary.PILOT_NAMES;
import static org.vigil.bench.EveVocabulary.PILOT_PUBLIC;
import static org.vigil.bench.EveVocabulary.RESOLVERS;
import static org.vigil.bench.EveVocabulary.SHOP_SERVERS;
import static org.vigil.bench.EveVocabulary.SIGNATURES;
import static org.vigil.bench.EveVocabulary.TLS_VERSIONS;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes realistic Suricata EVE JSON lines for benchmarks: about 10 % alert, 40 % flow, 20 % dns,
 * 20 % http and 10 % tls records, shaped like Suricata 7's {@code eve-log} output. Addresses and
 * names come from the retail pilot's asset identifiers (exact IPs, its networks, its host names) and
 * from the documentation ranges and {@code example} domains, so asset mapping finds some assets and
 * misses others as it would on a real sensor. One alert in {@value EveVocabulary#BEACON_ONE_IN} is a
 * Cobalt Strike beacon from a known host, which the pilot rule packs turn into incidents. Timestamps
 * strictly increase, so every line (and so every event id) is distinct. The same seed and count
 * always give the same file ({@link #VERSION} tells generations apart).
 *
 * <p>{@code java org.vigil.bench.EveGenerator FILE [COUNT [SEED]]}
 */
public final class EveGenerator {

    public static final long DEFAULT_SEED = 20250312L;

    /** Changes whenever the same seed and count give a different file; benchmark file names carry it. */
    public static final int VERSION = 2;

    /** 2025-03-12T06:00:00 at +01:00 (Amsterdam, where the retail pilot's shop is), in epoch microseconds. */
    private static final long START_MICROS =
            LocalDateTime.of(2025, 3, 12, 6, 0).toEpochSecond(ZoneOffset.ofHours(1)) * 1_000_000L;

    private static final int OFFSET_SECONDS = 3600;
    private static final String OFFSET = "+0100";

    private final SplittableRandom random;
    private final StringBuilder line = new StringBuilder(1024);
    private long micros = START_MICROS;
    private long cachedSecond = Long.MIN_VALUE;
    private String cachedPrefix = "";

    public EveGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EveGenerator FILE [COUNT [SEED]]");
            System.exit(2);
        }
        long count = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 1_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long started = System.nanoTime();
        long bytes = new EveGenerator(seed).write(Path.of(args[0]), count);
        System.out.printf(
                "wrote %,d events, %,d bytes, in %.1f s%n", count, bytes, (System.nanoTime() - started) / 1e9);
    }

    /** Writes {@code count} lines to {@code file} (replacing it); returns the bytes written. */
    public long write(Path file, long count) throws IOException {
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long i = 0; i < count; i++) {
                byte[] record = next().getBytes(StandardCharsets.US_ASCII);
                out.write(record);
                out.write('\n');
                bytes += record.length + 1;
            }
        }
        return bytes;
    }

    /** The next record, without its line break. */
    public String next() {
        micros += 1 + random.nextInt(200); // strictly increasing: each record is distinct
        line.setLength(0);
        int kind = random.nextInt(100);
        if (kind < 10) {
            alert();
        } else if (kind < 50) {
            flow();
        } else if (kind < 70) {
            dns();
        } else if (kind < 90) {
            http();
        } else {
            tls();
        }
        return line.toString();
    }

    private void alert() {
        boolean beacon = random.nextInt(BEACON_ONE_IN) == 0;
        String[] rule = beacon ? BEACON : pick(SIGNATURES);
        boolean web = rule[2].startsWith("Web");
        String src = web ? externalIp() : beacon ? pick(INTERNAL_HOSTS) : internalIp();
        String dest = web ? pick(SHOP_SERVERS) : externalIp();
        int port = web || beacon ? 443 : (rule[3].contains("SSH") ? 22 : 80);
        head("alert", src, ephemeralPort(), dest, port, "TCP");
        line.append(",\"pkt_src\":\"wire/pcap\"");
        line.append(",\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":")
                .append(rule[0])
                .append(",\"rev\":")
                .append(1 + random.nextInt(9))
                .append(",\"signature\":\"")
                .append(rule[3])
                .append("\",\"category\":\"")
                .append(rule[2])
                .append("\",\"severity\":")
                .append(rule[1]);
        if (!rule[4].isEmpty()) {
            line.append(",\"metadata\":{\"affected_product\":[\"Any\"],\"created_at\":[\"2019_07_26\"],")
                    .append("\"mitre_tactic_id\":[\"TA0001\"],\"mitre_technique_id\":[\"")
                    .append(rule[4])
                    .append("\"],\"signature_severity\":[\"Major\"]}");
        }
        line.append('}');
        if (web) {
            line.append(",\"http\":");
            httpObject(pick(PILOT_NAMES, 0, 2), "POST", 403);
            line.append(",\"app_proto\":\"http\"");
        }
        line.append(",\"direction\":\"to_server\",\"flow\":");
        flowCounters(false);
        line.append('}');
    }

    private void flow() {
        boolean udp = random.nextInt(5) == 0;
        boolean inbound = random.nextInt(3) == 0;
        String src = inbound ? externalIp() : internalIp();
        String dest = inbound ? pick(SHOP_SERVERS) : (random.nextInt(4) == 0 ? internalIp() : externalIp());
        int port = udp ? (random.nextBoolean() ? 53 : 123) : (random.nextInt(4) == 0 ? 80 : 443);
        head("flow", src, ephemeralPort(), dest, port, udp ? "UDP" : "TCP");
        String app = udp ? (port == 53 ? "dns" : "failed") : (port == 80 ? "http" : "tls");
        line.append(",\"app_proto\":\"").append(app).append("\",\"flow\":");
        flowCounters(true);
        if (!udp) {
            line.append(",\"tcp\":{\"tcp_flags\":\"1b\",\"tcp_flags_ts\":\"1b\",\"tcp_flags_tc\":\"1b\",")
                    .append("\"syn\":true,\"fin\":true,\"psh\":true,\"ack\":true,\"state\":\"closed\"}");
        }
        line.append('}');
    }

    private void dns() {
        String client = internalIp();
        String resolver = pick(RESOLVERS);
        String name = random.nextInt(10) < 4 ? pick(PILOT_NAMES) : otherName();
        String rrtype = random.nextInt(4) == 0 ? "AAAA" : "A";
        int id = random.nextInt(65536);
        boolean answer = random.nextBoolean();
        if (answer) {
            head("dns", resolver, 53, client, ephemeralPort(), "UDP");
        } else {
            head("dns", client, ephemeralPort(), resolver, 53, "UDP");
        }
        line.append(",\"pkt_src\":\"wire/pcap\",\"dns\":{\"version\":2,\"type\":\"")
                .append(answer ? "answer" : "query")
                .append("\",\"id\":")
                .append(id);
        if (!answer) {
            line.append(",\"rrname\":\"")
                    .append(name)
                    .append("\",\"rrtype\":\"")
                    .append(rrtype)
                    .append("\",\"tx_id\":")
                    .append(random.nextInt(4))
                    .append(",\"opcode\":0}}");
            return;
        }
        String address =
                "AAAA".equals(rrtype) ? "2001:db8:" + Integer.toHexString(random.nextInt(65536)) + "::1" : publicIp();
        line.append(",\"flags\":\"8180\",\"qr\":true,\"rd\":true,\"ra\":true,\"opcode\":0,\"rrname\":\"")
                .append(name)
                .append("\",\"rrtype\":\"")
                .append(rrtype)
                .append("\",\"rcode\":\"NOERROR\",\"answers\":[{\"rrname\":\"")
                .append(name)
                .append("\",\"rrtype\":\"")
                .append(rrtype)
                .append("\",\"ttl\":")
                .append(60 + random.nextInt(3540))
                .append(",\"rdata\":\"")
                .append(address)
                .append("\"}],\"grouped\":{\"")
                .append(rrtype)
                .append("\":[\"")
                .append(address)
                .append("\"]}}}");
    }

    private void http() {
        boolean inbound = random.nextInt(10) < 6;
        String client = inbound ? externalIp() : internalIp();
        String server = inbound ? pick(SHOP_SERVERS) : externalIp();
        String host = inbound ? pick(PILOT_NAMES, 0, 2) : (random.nextBoolean() ? pick(PILOT_NAMES) : otherName());
        head("http", client, ephemeralPort(), server, 80, "TCP");
        line.append(",\"tx_id\":").append(random.nextInt(8)).append(",\"http\":");
        httpObject(host, random.nextInt(5) == 0 ? "POST" : "GET", random.nextInt(20) == 0 ? 404 : 200);
        line.append('}');
    }

    private void httpObject(String host, String method, int status) {
        String path = pick(PATHS);
        line.append("{\"hostname\":\"").append(host).append("\",\"url\":\"").append(path);
        if (path.endsWith("/") || path.endsWith("=")) {
            line.append(random.nextInt(100_000));
        }
        line.append("\",\"http_user_agent\":\"")
                .append(pick(AGENTS))
                .append("\",\"http_content_type\":\"text/html\",\"http_method\":\"")
                .append(method)
                .append("\",\"protocol\":\"HTTP/1.1\",\"status\":")
                .append(status)
                .append(",\"length\":")
                .append(random.nextInt(60_000))
                .append('}');
    }

    private void tls() {
        String client = internalIp();
        boolean pilot = random.nextBoolean();
        String server = pilot ? pick(PILOT_PUBLIC) : externalIp();
        String sni = pilot ? pick(PILOT_NAMES) : otherName();
        head("tls", client, ephemeralPort(), server, 443, "TCP");
        line.append(",\"tls\":{\"subject\":\"CN=")
                .append(sni)
                .append("\",\"issuerdn\":\"C=US, O=Let's Encrypt, CN=R3\",\"serial\":\"");
        hex(8, ':');
        line.append("\",\"fingerprint\":\"");
        hex(20, ':');
        line.append("\",\"sni\":\"")
                .append(sni)
                .append("\",\"version\":\"")
                .append(pick(TLS_VERSIONS))
                .append("\",\"notbefore\":\"2025-01-10T00:00:00\",\"notafter\":\"2025-04-10T23:59:59\",")
                .append("\"ja3\":{\"hash\":\"");
        hex(16, '\0');
        line.append("\"},\"ja3s\":{\"hash\":\"");
        hex(16, '\0');
        line.append("\"}}}");
    }

    /** The fields every record starts with, from {@code timestamp} to {@code proto}. */
    private void head(String type, String src, int srcPort, String dest, int destPort, String proto) {
        line.append("{\"timestamp\":\"");
        timestamp(micros);
        line.append("\",\"flow_id\":")
                .append(1_000_000_000_000_000L + random.nextLong(1_000_000_000_000_000L))
                .append(",\"in_iface\":\"ens3\",\"event_type\":\"")
                .append(type)
                .append("\",\"src_ip\":\"")
                .append(src)
                .append("\",\"src_port\":")
                .append(srcPort)
                .append(",\"dest_ip\":\"")
                .append(dest)
                .append("\",\"dest_port\":")
                .append(destPort)
                .append(",\"proto\":\"")
                .append(proto)
                .append('"');
    }

    private void flowCounters(boolean ended) {
        int toServer = 1 + random.nextInt(40);
        int toClient = random.nextInt(40);
        long startMicros = micros - random.nextInt(120_000_000);
        line.append("{\"pkts_toserver\":")
                .append(toServer)
                .append(",\"pkts_toclient\":")
                .append(toClient)
                .append(",\"bytes_toserver\":")
                .append(toServer * (60 + random.nextInt(1400)))
                .append(",\"bytes_toclient\":")
                .append(toClient * (60 + random.nextInt(1400)))
                .append(",\"start\":\"");
        timestamp(startMicros);
        line.append('"');
        if (ended) {
            line.append(",\"end\":\"");
            timestamp(micros);
            line.append("\",\"age\":")
                    .append((micros - startMicros) / 1_000_000)
                    .append(",\"state\":\"")
                    .append(pick(FLOW_STATES))
                    .append("\",\"reason\":\"")
                    .append(pick(FLOW_REASONS))
                    .append("\",\"alerted\":false");
        }
        line.append('}');
    }

    /** Suricata's layout, {@code 2025-03-12T06:00:00.000123+0100}. */
    private void timestamp(long epochMicros) {
        long second = Math.floorDiv(epochMicros, 1_000_000L);
        if (second != cachedSecond) {
            cachedSecond = second;
            cachedPrefix = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.ofTotalSeconds(OFFSET_SECONDS))
                    .toString();
            if (cachedPrefix.length() == 16) {
                cachedPrefix += ":00"; // LocalDateTime leaves out zero seconds
            }
        }
        int fraction = (int) Math.floorMod(epochMicros, 1_000_000L);
        line.append(cachedPrefix).append('.');
        for (int divisor = 100_000; divisor > 0; divisor /= 10) {
            line.append((char) ('0' + fraction / divisor % 10));
        }
        line.append(OFFSET);
    }

    private void hex(int bytes, char separator) {
        for (int i = 0; i < bytes; i++) {
            if (i > 0 && separator != '\0') {
                line.append(separator);
            }
            int b = random.nextInt(256);
            line.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
    }

    /**
     * An internal address: a known retail host, one on the office LAN, warehouse or store networks,
     * or one on the guest network, which the pilot does not model.
     */
    private String internalIp() {
        int pick = random.nextInt(10);
        if (pick < 4) {
            return pick(INTERNAL_HOSTS);
        }
        if (pick < 8) {
            return "10.10." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        }
        if (pick == 8) {
            return random.nextBoolean()
                    ? "10.30." + random.nextInt(256) + "." + (1 + random.nextInt(254))
                    : "10.40.0." + (1 + random.nextInt(254));
        }
        return "10.99." + random.nextInt(256) + "." + (1 + random.nextInt(254)); // guest Wi-Fi: not modelled
    }

    /** A public address: one of the pilot's, or any in the documentation ranges. */
    private String externalIp() {
        return random.nextInt(10) == 0 ? pick(PILOT_PUBLIC) : publicIp();
    }

    private String publicIp() {
        String net = switch (random.nextInt(3)) {
            case 0 -> "192.0.2.";
            case 1 -> "198.51.100.";
            default -> "203.0.113.";
        };
        return net + (1 + random.nextInt(254));
    }

    private String otherName() {
        return random.nextInt(4) == 0 ? "s" + random.nextInt(5000) + ".example.net" : pick(OTHER_NAMES);
    }

    private int ephemeralPort() {
        return 32768 + random.nextInt(28232);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String[] values, int from, int to) {
        return values[from + random.nextInt(to - from)];
    }

    private String[] pick(String[][] values) {
        return values[random.nextInt(values.length)];
    }
}
