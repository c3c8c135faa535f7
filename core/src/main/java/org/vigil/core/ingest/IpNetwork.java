package org.vigil.core.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network in CIDR notation, and parsing of address literals without any DNS lookup. */
record IpNetwork(byte[] address, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]+$");

    static Optional<IpNetwork> parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        Optional<byte[]> address = parseAddress(cidr.substring(0, slash));
        try {
            int prefix = Integer.parseInt(cidr.substring(slash + 1));
            return address.filter(a -> prefix >= 0 && prefix <= a.length * 8).map(a -> new IpNetwork(a, prefix));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The bytes of an address literal; names are never resolved. */
    static Optional<byte[]> parseAddress(String text) {
        String value = text.strip();
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        byte[] dotted = plainIpv4(value);
        if (dotted != null) {
            return Optional.of(dotted);
        }
        boolean v4 = IPV4.matcher(value).matches();
        boolean v6 = value.contains(":") && IPV6.matcher(value).matches();
        if ((!v4 && !v6) || (v4 && !octetsInRange(value))) {
            return Optional.empty(); // anything else would make InetAddress ask DNS
        }
        try {
            byte[] bytes = InetAddress.getByName(value).getAddress();
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The bytes of the common case, four decimal octets 0–255 without leading zeros ({@code 10.20.1.11}),
     * read directly: this runs for every address of every event. Anything else (leading zeros, IPv6)
     * is null and goes the general way.
     */
    private static byte[] plainIpv4(String value) {
        long address = plainIpv4Address(value);
        if (address < 0) {
            return null;
        }
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    /**
     * The address of the common case ({@link #plainIpv4}) as an unsigned 32-bit number, without
     * allocating anything; -1 for anything else.
     */
    static long plainIpv4Address(String value) {
        int length = value.length();
        if (length < 7 || length > 15) {
            return -1;
        }
        long address = 0;
        int octets = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || value.charAt(i) == '.') {
                int digits = i - start;
                if (octets > 3 || digits == 0 || digits > 3 || (digits > 1 && value.charAt(start) == '0')) {
                    return -1;
                }
                int number = 0;
                for (int j = start; j < i; j++) {
                    char c = value.charAt(j);
                    if (c < '0' || c > '9') {
                        return -1;
                    }
                    number = number * 10 + (c - '0');
                }
                if (number > 255) {
                    return -1;
                }
                address = address << 8 | number;
                octets++;
                start = i + 1;
            }
        }
        return octets == 4 ? address : -1;
    }

    private static boolean octetsInRange(String dotted) {
        for (String octet : dotted.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static String key(byte[] address) {
        return HexFormat.of().formatHex(address);
    }

    boolean contains(byte[] candidate) {
        if (candidate.length != address.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != address[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[full] & mask) == (address[full] & mask);
    }
}
