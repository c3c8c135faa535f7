package org.vigil.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact unique key an event is stored under (schema version 4). For ids as {@link
 * org.vigil.core.feed.EventIds} makes them, 32 lower-case hex digits, a dash and an index, the key
 * is the 16 bytes the digits spell followed by the UTF-8 bytes of the rest: 18 bytes where the text
 * takes 34, so the unique index every event insert touches is half as big (and, as most ids start
 * with their event's time, it grows at its end; see EventIds). Any other id is
 * its own key, as text; SQLite never finds a BLOB equal to a TEXT, so two ids never share a key.
 *
 * <p>{@link #of} computes the key in Java for inserts; {@link #sql} computes the same key in SQL
 * for queries given an id, and the V4 migration uses that expression for the rows it moves.
 */
final class EventKey {

    private static final int HEX_DIGITS = 32;

    private EventKey() {}

    /** The key of an id: a {@code byte[]} or the id itself. Runs for every event stored, so one array is all it makes. */
    static Object of(String id) {
        int digits = Math.min(HEX_DIGITS, id.length());
        if (digits % 2 != 0) {
            return id;
        }
        int bytes = digits / 2;
        byte[] key = new byte[bytes + id.length() - digits]; // the rest as ASCII, the usual "-0"
        for (int i = 0; i < bytes; i++) {
            int high = hex(id.charAt(2 * i));
            int low = hex(id.charAt(2 * i + 1));
            if ((high | low) < 0) {
                return id;
            }
            key[i] = (byte) (high << 4 | low);
        }
        for (int i = digits; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return withUtf8Rest(key, bytes, id.substring(digits));
            }
            key[bytes + i - digits] = (byte) c;
        }
        return key;
    }

    /** The value of a lower-case hex digit, or -1. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static byte[] withUtf8Rest(byte[] key, int bytes, String rest) {
        byte[] utf8 = rest.getBytes(StandardCharsets.UTF_8);
        byte[] whole = Arrays.copyOf(key, bytes + utf8.length);
        System.arraycopy(utf8, 0, whole, bytes, utf8.length);
        return whole;
    }

    /** The SQL expression for the key of the id that {@code value} (a column or a parameter) holds. */
    static String sql(String value) {
        String digits = "substr(" + value + ", 1, " + HEX_DIGITS + ")";
        return "(CASE WHEN " + digits + " GLOB '*[^0-9a-f]*' OR length(" + digits + ") % 2 = 1 THEN " + value
                + " ELSE unhex(" + digits + " || hex(substr(" + value + ", " + (HEX_DIGITS + 1) + "))) END)";
    }
}
