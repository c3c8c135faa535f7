package org.vigil.core.feed.cef;

import org.vigil.core.feed.InvalidRecord;

/**
 * The seven header fields of a CEF record, {@code CEF:Version|Device Vendor|Device Product|Device
 * Version|Device Event Class ID|Name|Severity|}, unescaped: in the header only {@code \|} and {@code
 * \\} are escapes, any other backslash is itself. The extension begins after the seventh pipe; a
 * record that ends right after the severity simply has no extension. Versions 0 and 1 are read.
 */
record CefHeader(
        String version,
        String vendor,
        String product,
        String deviceVersion,
        String signatureId,
        String name,
        String severity,
        int extensionStart) {

    static final String PREFIX = "CEF:";

    private static final int FIELDS = 7;

    /** Reads the header that starts with {@code CEF:} at {@code start}. */
    static CefHeader parse(String text, int start) {
        String[] fields = new String[FIELDS];
        int length = text.length();
        int field = 0;
        int i = start + PREFIX.length();
        int copied = i;
        StringBuilder unescaped = null;
        while (field < FIELDS) {
            if (i >= length) {
                if (field < FIELDS - 1) {
                    throw new InvalidRecord("CEF header has " + (field + 1) + " of 7 fields");
                }
                fields[field++] = finish(text, copied, i, unescaped);
                break;
            }
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length && (text.charAt(i + 1) == '|' || text.charAt(i + 1) == '\\')) {
                if (unescaped == null) {
                    unescaped = new StringBuilder();
                }
                unescaped.append(text, copied, i).append(text.charAt(i + 1));
                i += 2;
                copied = i;
            } else if (c == '|') {
                fields[field++] = finish(text, copied, i, unescaped);
                unescaped = null;
                i++;
                copied = i;
            } else {
                i++;
            }
        }
        String version = fields[0].strip();
        if (!version.equals("0") && !version.equals("1")) {
            throw new InvalidRecord("CEF header field Version: " + Excerpt.of(version) + " is not 0 or 1");
        }
        return new CefHeader(version, fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], i);
    }

    private static String finish(String text, int from, int to, StringBuilder unescaped) {
        if (unescaped == null) {
            return text.substring(from, to);
        }
        return unescaped.append(text, from, to).toString();
    }
}
