package org.vigil.core.feed.cef;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.feed.EventCategory;

/**
 * The category of a CEF record, from the words the device uses for it. First the words of cat
 * (deviceEventCategory), the header name and the signature id: the most specific category any of
 * them names wins, in the order of {@link #PRIORITY} (a "virus found in HTTP download" is MALWARE,
 * a "port scan blocked" INTRUSION). Then, if none names one: INTRUSION if ATT&CK techniques were
 * given; the words of the device product ("Web Application Firewall", "VPN-1 & FireWall-1"); WEB if
 * there is a request URL; NETWORK if there is a source or destination address; else OTHER.
 */
final class CefCategories {

    /** Most specific first. */
    static final List<EventCategory> PRIORITY = List.of(
            EventCategory.MALWARE,
            EventCategory.AUTHENTICATION,
            EventCategory.DNS,
            EventCategory.TLS,
            EventCategory.WEB,
            EventCategory.DATA,
            EventCategory.FILE,
            EventCategory.THREAT_INTEL,
            EventCategory.INTRUSION,
            EventCategory.NETWORK,
            EventCategory.POLICY);

    private static final Map<String, EventCategory> WORDS = words();

    private CefCategories() {}

    private static Map<String, EventCategory> words() {
        Map<String, EventCategory> words = new HashMap<>();
        put(
                words,
                EventCategory.MALWARE,
                "malware",
                "virus",
                "viruses",
                "trojan",
                "ransomware",
                "worm",
                "botnet",
                "spyware",
                "adware",
                "rootkit",
                "backdoor",
                "infection",
                "infected",
                "antivirus",
                "eicar");
        put(
                words,
                EventCategory.AUTHENTICATION,
                "authentication",
                "auth",
                "login",
                "logon",
                "logoff",
                "logout",
                "signin",
                "password",
                "kerberos",
                "ntlm",
                "mfa",
                "sso",
                "account",
                "brute",
                "bruteforce");
        put(words, EventCategory.DNS, "dns", "nxdomain", "rpz", "qname");
        put(words, EventCategory.TLS, "tls", "ssl", "certificate", "x509", "ja3");
        put(words, EventCategory.WEB, "web", "waf", "url", "uri", "sql", "sqli", "xss", "csrf", "scripting", "proxy");
        put(words, EventCategory.DATA, "dlp", "exfiltration", "leak", "leakage", "database", "data");
        put(words, EventCategory.FILE, "file", "files", "fim", "integrity");
        put(words, EventCategory.THREAT_INTEL, "ioc", "reputation", "intel", "intelligence", "indicator");
        put(
                words,
                EventCategory.INTRUSION,
                "intrusion",
                "ids",
                "ips",
                "exploit",
                "attack",
                "scan",
                "portscan",
                "scanning",
                "shellcode",
                "overflow",
                "injection",
                "cve",
                "suspicious",
                "anomaly",
                "probe",
                "reconnaissance",
                "recon",
                "threat");
        put(
                words,
                EventCategory.NETWORK,
                "firewall",
                "connection",
                "traffic",
                "flow",
                "netflow",
                "packet",
                "session",
                "nat",
                "vpn");
        put(words, EventCategory.POLICY, "policy", "compliance");
        return Map.copyOf(words);
    }

    private static void put(Map<String, EventCategory> words, EventCategory category, String... list) {
        for (String word : list) {
            words.put(word, category);
        }
    }

    static EventCategory of(CefHeader header, CefFields fields, boolean hasTechniques) {
        EventCategory named = named(fields.get("cat", "deviceEventCategory"), null);
        named = named(header.name(), named);
        named = named(header.signatureId(), named);
        if (named != null) {
            return named;
        }
        if (hasTechniques) {
            return EventCategory.INTRUSION;
        }
        EventCategory byProduct = named(header.product(), null);
        if (byProduct != null) {
            return byProduct;
        }
        if (fields.name("request", "requestUrl") != null) {
            return EventCategory.WEB;
        }
        if (fields.name("src", "sourceAddress") != null || fields.name("dst", "destinationAddress") != null) {
            return EventCategory.NETWORK;
        }
        return EventCategory.OTHER;
    }

    /** The most specific of {@code found} and the categories the words of {@code text} name. */
    static EventCategory named(String text, EventCategory found) {
        if (text == null) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        EventCategory best = found;
        int length = lower.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                EventCategory category = WORDS.get(lower.substring(start, i));
                if (category != null && (best == null || PRIORITY.indexOf(category) < PRIORITY.indexOf(best))) {
                    best = category;
                }
            }
        }
        return best;
    }
}
