package org.vigil.content.awareness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps content off real domains: every host in a URL, email address or {@code www.} name must be
 * reserved for examples (RFC 2606, RFC 6761) or be a documentation IP address (RFC 5737), so that a
 * simulated lure can never point at a real company or a real person's mailbox.
 */
final class ReservedDomains {

    private static final Pattern URL_HOST =
            Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://(?:[^/\\s@]*@)?([^/\\s?#\"'<>:()\\[\\]{}|\\\\,;!]+)");
    private static final Pattern MAIL_HOST =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");
    private static final Pattern WWW_HOST =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}./-])(www\\.[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final List<String> RESERVED_SUFFIXES = List.of(".example", ".test", ".invalid", ".localhost");
    private static final List<String> RESERVED_NAMES = List.of("example.com", "example.net", "example.org");
    private static final List<String> DOCUMENTATION_NETWORKS = List.of("192.0.2.", "198.51.100.", "203.0.113.");

    private ReservedDomains() {}

    /** The hosts named in the text that are not reserved, in order, each once. */
    static List<String> unreservedHosts(String text) {
        List<String> hosts = new ArrayList<>();
        for (Pattern pattern : List.of(URL_HOST, MAIL_HOST, WWW_HOST)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String host = matcher.group(1);
                if (!host.contains("{{") && !isReserved(host) && !hosts.contains(host)) {
                    hosts.add(host);
                }
            }
        }
        return hosts;
    }

    static boolean isReserved(String host) {
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
        if (IPV4.matcher(name).matches()) {
            return DOCUMENTATION_NETWORKS.stream().anyMatch(name::startsWith);
        }
        if (RESERVED_SUFFIXES.stream().anyMatch(s -> name.endsWith(s) || name.equals(s.substring(1)))) {
            return true;
        }
        return RESERVED_NAMES.stream().anyMatch(n -> name.equals(n) || name.endsWith("." + n));
    }
}
