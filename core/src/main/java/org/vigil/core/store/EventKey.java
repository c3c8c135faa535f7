package org.vigil.core.store;

import java.nio.charset.StandardCharsets;

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

    /** The key of an id: a {@code byte[]} or the id itself. */
    static Object of(String id) {
        int digits = Math.min(HEX_DIGITS, id.length());
        if (digits % 2 != 0) {
            return id;
        }
        for (int i = 0; i < digits; i++) {
            char c = id.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return id;
            }
        }
        byte[] rest = asciiRest(id, digits);
        if (rest == null) {
            rest = id.substring(digits).getBytes(StandardCharsets.UTF_8);
        }
        byte[] key = new byte[digits / 2 + rest.length];
        for (int i = 0; i < digits / 2; i++) {
            key[i] = (byte) (hex(id.charAt(2 * i)) << 4 | hex(id.charAt(2 * i + 1)));
        }
        System.arraycopy(rest, 0, key, digits / 2, rest.length);
        return key;
    }

    /** The value of a digit already checked to be 0-9 or a-f. */
    private static int hex(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }

    /** The UTF-8 bytes of the id after the digits when all ASCII ("-0", the usual case), else null. */
    private static byte[] asciiRest(String id, int from) {
        byte[] rest = new byte[id.length() - from];
        for (int i = from; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            rest[i - from] = (byte) c;
        }
        return rest;
    }

    /** The SQL expression for the key of the id that {@code value} (a column or a parameter) holds. */
    static String sql(String value) {
        String digits = "substr(" + value + ", 1, " + HEX_DIGITS + ")";
        return "(CASE WHEN " + digits + " GLOB '*[^0-9a-f]*' OR length(" + digits + ") % 2 = 1 THEN " + value
                + " ELSE unhex(" + digits + " || hex(substr(" + value + ", " + (HEX_DIGITS + 1) + "))) END)";
    }
}
