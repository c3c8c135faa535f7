package org.vigil.core.feed.json;

import java.util.List;
import java.util.Locale;

/**
 * What a piece of text looks like: an IP address, an email address, a URL, a file hash, an
 * identifier. Checked by scanning, not with regular expressions or the network (nothing is ever
 * resolved): this runs for every value of every record.
 */
final class ValueShapes {

    private ValueShapes() {}

    /** A dotted-quad IPv4 address (each part 0–255) or an IPv6 address, with an optional zone ({@code %eth0}). */
    static boolean isIp(String text) {
        return isIpv4(text, 0, text.length()) || isIpv6(text);
    }

    static boolean isIpv4(String text, int from, int to) {
        int parts = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '.') {
                int digits = i - start;
                if (digits < 1 || digits > 3 || Integer.parseInt(text, start, i, 10) > 255) {
                    return false;
                }
                parts++;
                start = i + 1;
            } else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return parts == 4;
    }

    /** Eight groups of one to four hex digits, or fewer with one {@code ::}; the last two may be an IPv4 address. */
    static boolean isIpv6(String text) {
        int percent = text.indexOf('%');
        String address = percent > 0 ? text.substring(0, percent) : text;
        if (address.length() < 2 || address.length() > 45 || address.indexOf(':') < 0) {
            return false;
        }
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int groups = 0;
        int start = 0;
        int length = address.length();
        while (start <= length) {
            int colon = address.indexOf(':', start);
            int end = colon < 0 ? length : colon;
            if (end == start) {
                // Only the empty groups around "::" (or a leading/trailing one next to it) are allowed.
                if (gap < 0 || (start != gap && start != gap + 1 && start != gap + 2)) {
                    return false;
                }
            } else if (colon < 0 && address.indexOf('.', start) >= 0) {
                if (!isIpv4(address, start, end)) {
                    return false;
                }
                groups += 2;
            } else {
                if (end - start > 4 || !allHex(address, start, end)) {
                    return false;
                }
                groups++;
            }
            if (colon < 0) {
                break;
            }
            start = colon + 1;
        }
        return gap >= 0 ? groups >= 1 && groups < 8 : groups == 8;
    }

    /** {@code local@example.org}: a local part of letters, digits and {@code . _ % + -}, a dotted domain. */
    static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (at < 1 || at != text.lastIndexOf('@') || text.length() > 254) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
                return false;
            }
        }
        return isDomain(text.substring(at + 1));
    }

    /** Dotted labels of letters, digits and hyphens, ending in a label of letters: {@code mail.example.org}. */
    static boolean isDomain(String text) {
        int dot = text.lastIndexOf('.');
        if (dot < 1 || dot == text.length() - 1 || text.length() > 253) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) || c == '-' || (c == '.' && i > 0 && text.charAt(i - 1) != '.');
            if (!ok || (i > dot && !Character.isLetter(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The host of an {@code http://} or {@code https://} URL (a name or an address, without brackets
     * or port), else null.
     */
    static String urlHost(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int scheme = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
        if (scheme < 0) {
            return null;
        }
        int end = url.length();
        for (int i = scheme; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String authority = url.substring(scheme, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close > 1 ? authority.substring(1, close) : null;
        }
        int colon = authority.indexOf(':');
        String host = colon >= 0 ? authority.substring(0, colon) : authority;
        return host.isEmpty() ? null : host;
    }

    /** An MD5, SHA-1 or SHA-256 hex digest: 32, 40 or 64 hex digits, with both digits and letters. */
    static boolean isHash(String text) {
        int length = text.length();
        if ((length != 32 && length != 40 && length != 64) || !allHex(text, 0, length)) {
            return false;
        }
        boolean digit = false;
        boolean letter = false;
        for (int i = 0; i < length; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digit = true;
            } else {
                letter = true;
            }
        }
        return digit && letter;
    }

    /**
     * An identifier rather than a name or a fact: the key's last word is id, uid, guid or uuid, or
     * the value is a UUID or a hex string of 16 digits or more.
     */
    static boolean isIdentifier(String key, String value) {
        List<String> words = KeyWords.words(key);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (last.equals("id") || last.equals("uid") || last.equals("guid") || last.equals("uuid")) {
            return true;
        }
        return isUuid(value) || (value.length() >= 16 && allHex(value, 0, value.length()));
    }

    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : Character.digit(c, 16) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return to > from;
    }
}
