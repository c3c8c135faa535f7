package org.vigil.core.feed.cef;

/** Whether text is an IPv4 or IPv6 address literal, checked by scanning (no lookup, no regular expression). */
final class IpLiterals {

    private IpLiterals() {}

    static boolean isIp(String text) {
        return text.indexOf(':') >= 0 ? isIpv6(text) : isIpv4(text, 0, text.length());
    }

    static boolean isIpv4(String text, int from, int to) {
        int parts = 0;
        int i = from;
        while (i < to) {
            int start = i;
            int value = 0;
            while (i < to && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + text.charAt(i++) - '0';
            }
            if (i == start || value > 255 || ++parts > 4) {
                return false;
            }
            if (i < to) {
                if (text.charAt(i) != '.' || i + 1 == to) {
                    return false;
                }
                i++;
            }
        }
        return parts == 4;
    }

    /** Eight groups of up to four hex digits, one {@code ::} for a run of zero groups, an IPv4 tail, a {@code %zone}. */
    static boolean isIpv6(String text) {
        int zone = text.indexOf('%');
        int length = zone >= 0 ? zone : text.length();
        if (zone == text.length() - 1 || length < 2) {
            return false;
        }
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (text.startsWith("::")) {
            compressed = true;
            i = 2;
        } else if (text.charAt(0) == ':') {
            return false;
        }
        while (i < length) {
            int start = i;
            while (i < length && i - start < 5 && isHex(text.charAt(i))) {
                i++;
            }
            if (i < length && text.charAt(i) == '.') {
                return isIpv4(text, start, length) && groups + 2 + (compressed ? 1 : 0) <= 8;
            }
            if (i == start || i - start > 4) {
                return false;
            }
            groups++;
            if (i == length) {
                break;
            }
            if (text.charAt(i) != ':' || i + 1 == length) {
                return false;
            }
            i++;
            if (text.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
