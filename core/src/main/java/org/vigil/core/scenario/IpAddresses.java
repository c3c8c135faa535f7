package org.vigil.core.scenario;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Syntax checks for IP literals and CIDR networks, without ever asking DNS. */
final class IpAddresses {

    private static final Pattern IPV4 =
            Pattern.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
    private static final Pattern IPV6_CHARS = Pattern.compile("^[0-9A-Fa-f:.]+$");

    private IpAddresses() {}

    static boolean isAddress(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    static boolean isNetwork(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || slash == text.length() - 1) {
            return false;
        }
        String address = text.substring(0, slash);
        String prefix = text.substring(slash + 1);
        if (!prefix.chars().allMatch(c -> c >= '0' && c <= '9') || prefix.length() > 3) {
            return false;
        }
        int bits = Integer.parseInt(prefix);
        return (isIpv4(address) && bits <= 32) || (isIpv6(address) && bits <= 128);
    }

    private static boolean isIpv4(String text) {
        return IPV4.matcher(text).matches();
    }

    private static boolean isIpv6(String text) {
        // With a colon and only hex digits, InetAddress parses a literal and never resolves a name.
        if (!text.contains(":") || !IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
