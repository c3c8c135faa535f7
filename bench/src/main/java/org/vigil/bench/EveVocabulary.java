package org.vigil.bench;

/**
 * What {@link EveGenerator} writes about: the retail pilot's identifiers (content:
 * retail-ecommerce.json; several are shared with the other pilots), names and addresses from the
 * documentation ranges and {@code example} domains, and the Suricata signatures its alerts carry.
 */
final class EveVocabulary {

    private EveVocabulary() {}

    static final String[] SHOP_SERVERS = {"203.0.113.10", "10.20.1.5", "10.20.1.11", "10.20.1.12", "10.20.1.4"};
    static final String[] INTERNAL_HOSTS = {
        "10.20.1.11", "10.20.1.12", "10.20.2.21", "10.10.1.30", "10.10.20.57", "10.10.5.20", "10.30.1.10", "10.20.1.4"
    };
    static final String[] PILOT_PUBLIC = {
        "203.0.113.10", "198.51.100.40", "192.0.2.14", "198.51.100.14", "203.0.113.30", "198.51.100.80", "192.0.2.60"
    };
    static final String[] PILOT_NAMES = {
        "www.lumenhaus.example",
        "admin.lumenhaus.example",
        "cdn.cartly.example",
        "updates.cartly.example",
        "ci.cartly.example",
        "api.payvera.example",
        "api.parcelo.example",
        "sso.lumenhaus.example",
        "mail.lumenhaus.example",
        "crm.lumenhaus.example",
        "erp.lumenhaus.example",
        "news.lumenhaus.example"
    };
    static final String[] OTHER_NAMES = {
        "www.example.com",
        "cdn.example.net",
        "updates.example.org",
        "telemetry.example.com",
        "fonts.example.net",
        "login.example.org",
        "api.example.com",
        "static.example.net"
    };
    static final String[] RESOLVERS = {"10.10.0.2", "10.10.0.3"};
    static final String[] PATHS = {
        "/", "/products", "/products/", "/cart", "/checkout", "/account/login", "/api/v2/stock", "/search?q="
    };
    static final String[] AGENTS = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
        "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
        "curl/8.5.0",
        "python-requests/2.31.0"
    };
    static final String[][] SIGNATURES = {
        // sid, severity, category, signature, technique
        {"2024897", "1", "Web Application Attack", "ET WEB_SERVER Possible SQL Injection Attempt UNION SELECT", "T1190"
        },
        {"2011768", "1", "Web Application Attack", "ET WEB_SERVER PHP tags in HTTP POST", "T1190"},
        {"2013028", "2", "Potentially Bad Traffic", "ET POLICY curl User-Agent Outbound", "T1071"},
        {"2027865", "2", "Misc activity", "ET INFO Observed DNS Query to .cloud TLD", "T1071.004"},
        {"2001219", "2", "Attempted Information Leak", "ET SCAN Potential SSH Scan", "T1046"},
        {"2210045", "3", "Generic Protocol Command Decode", "SURICATA STREAM Packet with invalid ack", ""},
        {"2260002", "3", "Generic Protocol Command Decode", "SURICATA Applayer Detect protocol only one direction", ""}
    };
    static final String[] TLS_VERSIONS = {"TLS 1.3", "TLS 1.3", "TLS 1.2"};
    static final String[] FLOW_STATES = {"closed", "closed", "established", "new"};
    static final String[] FLOW_REASONS = {"timeout", "timeout", "shutdown", "forced"};

    /**
     * A Cobalt Strike beacon, seen once in {@link #BEACON_ONE_IN} alerts: the pilot rule packs raise an
     * incident per host on it, so the benchmark's correlation writes incidents too.
     */
    static final String[] BEACON = {
        "2032749", "1", "A Network Trojan was detected", "ET MALWARE Cobalt Strike Beacon Observed", "T1071.001"
    };

    static final int BEACON_ONE_IN = 2_000;
}
