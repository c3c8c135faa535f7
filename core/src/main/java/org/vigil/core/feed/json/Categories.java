package org.vigil.core.feed.json;

import static org.vigil.core.feed.json.KeyWords.phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.json.JsonWalk.Leaf;
import org.vigil.core.feed.json.KeyWords.Phrase;

/**
 * Guesses what a record is about from evidence a person would use: the names of its keys (a
 * {@code riskLevelDuringSignIn} key says sign-in) and the values of the keys that say what kind of
 * event it is ({@code type: LOGIN}, {@code classification: malware}). The first {@link #RULES rule}
 * with evidence decides; {@link EventCategory#OTHER} when none has.
 */
final class Categories {

    /**
     * Keys, normalised, whose values say what kind of event a record is, or which product wrote
     * it; only their values are read as evidence (a message text mentioning "login" is not).
     */
    static final Set<String> KIND_KEYS = Set.of(
            "type",
            "eventtype",
            "event",
            "eventname",
            "eventcategory",
            "category",
            "kind",
            "operation",
            "operationname",
            "action",
            "activity",
            "activitydisplayname",
            "classification",
            "threattype",
            "threattypes",
            "riskeventtype",
            "product",
            "deviceproduct",
            "providername",
            "channel",
            "workload",
            "loggedbyservice");

    /** One category and its evidence: phrases in key names, phrases in kind values. */
    record Rule(EventCategory category, List<Phrase> keyPhrases, List<Phrase> valuePhrases) {}

    /**
     * In order; the first with evidence wins. Sign-in evidence comes before physical evidence, since
     * sign-in logs carry the user's location. A key named url is no evidence of web traffic: alerts and
     * tickets link back to their tools. Mail records that name no threat are OTHER: their URL
     * counts, attachment hashes and authentication results would otherwise read as web, file or
     * sign-in events.
     */
    static final List<Rule> RULES = List.of(
            new Rule(
                    EventCategory.MALWARE,
                    phrases(),
                    phrases("malware", "malicious code", "ransomware", "virus", "trojan", "worm", "infected")),
            new Rule(
                    EventCategory.AUTHENTICATION,
                    phrases("sign in", "signin", "login", "logon", "logoff", "logout", "mfa", "authentication method"),
                    phrases("login", "logon", "logoff", "logout", "logged in", "sign in", "signin", "password", "mfa")),
            new Rule(
                    EventCategory.PHYSICAL,
                    phrases("badge", "door", "entrance", "access point", "geofence", "gps", "celsius", "temperature"),
                    phrases("access granted", "access denied", "door", "tamper")),
            new Rule(
                    EventCategory.DATA,
                    phrases("sensitive info", "sensitivity", "dlp", "exfil", "data loss"),
                    phrases("dlp", "data loss", "exfil", "backup")),
            new Rule(
                    EventCategory.INTRUSION,
                    phrases("signature", "cve"),
                    phrases(
                            "phish",
                            "exploit",
                            "intrusion",
                            "unauthorized",
                            "unauthorised",
                            "attack",
                            "malicious",
                            // ATT&CK tactics, as alert categories name them (InitialAccess, CredentialAccess…)
                            "initial access",
                            "credential access",
                            "privilege escalation",
                            "defense evasion",
                            "lateral movement",
                            "command and control",
                            "persistence")),
            new Rule(EventCategory.OTHER, phrases("sender", "recipient", "mail from", "rcpt to"), phrases("email")),
            new Rule(
                    EventCategory.WEB, phrases("uri", "http", "user agent", "useragent", "csp", "referrer"), phrases()),
            new Rule(EventCategory.POLICY, phrases("decision id", "violation", "compliance"), phrases("compliance")),
            new Rule(EventCategory.DNS, phrases("dns", "rrname", "qtype", "qname"), phrases("dns")),
            new Rule(EventCategory.TLS, phrases("tls", "ssl", "ja3", "sni"), phrases("tls")),
            new Rule(
                    EventCategory.NETWORK,
                    phrases(
                            "src ip",
                            "srcip",
                            "dst ip",
                            "dstip",
                            "source ip",
                            "dest ip",
                            "destination ip",
                            "src port",
                            "dst port",
                            "source port",
                            "destination port",
                            "proto"),
                    phrases("firewall", "netflow", "connection")),
            new Rule(
                    EventCategory.FILE,
                    phrases("sha256", "sha1", "md5", "file hash", "file name", "filename"),
                    phrases()));

    private Categories() {}

    static EventCategory guess(List<Leaf> leaves, Set<String> keys) {
        List<List<String>> keyWords = new ArrayList<>(keys.size());
        for (String key : keys) {
            keyWords.add(KeyWords.words(key));
        }
        List<List<String>> kindWords = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (leaf.isText() && KIND_KEYS.contains(KeyWords.normalised(leaf.key()))) {
                kindWords.add(KeyWords.words(leaf.text()));
            }
        }
        for (Rule rule : RULES) {
            if (anyIn(rule.keyPhrases(), keyWords) || anyIn(rule.valuePhrases(), kindWords)) {
                return rule.category();
            }
        }
        return EventCategory.OTHER;
    }

    private static boolean anyIn(List<Phrase> phrases, List<List<String>> texts) {
        for (List<String> words : texts) {
            if (KeyWords.anyIn(phrases, words)) {
                return true;
            }
        }
        return false;
    }
}
