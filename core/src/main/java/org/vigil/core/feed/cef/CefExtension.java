package org.vigil.core.feed.cef;

import java.util.HashMap;
import java.util.Map;
import org.vigil.core.feed.InvalidRecord;

/**
 * The extension of a CEF record: space-separated {@code key=value} pairs. As the CEF specification
 * says, a value may contain spaces and runs until the space before the next {@code key=}; in values
 * {@code \=}, {@code \\}, {@code \n} and {@code \r} are escapes, and any other backslash is itself.
 * If several spaces precede a key, all but the last belong to the value before; trailing spaces of
 * the last value are dropped. Keys are alphanumeric; {@code _} and {@code .} are also accepted after
 * the first letter, because Check Point ({@code layer_name}), Trellix ({@code nitroObject_Type}) and
 * ArcSight itself ({@code ad.*}) write such keys. An {@code =} not preceded by a space and a key
 * (e.g. in an unescaped URL query) stays part of the value. A repeated key keeps its last value.
 */
final class CefExtension {

    private CefExtension() {}

    /** The unescaped pairs of the extension starting at {@code from} in {@code text}. */
    static Map<String, String> parse(String text, int from) {
        Map<String, String> pairs = new HashMap<>(64);
        int length = text.length();
        int keyStart = from;
        while (keyStart < length && text.charAt(keyStart) == ' ') {
            keyStart++;
        }
        if (keyStart == length) {
            return pairs;
        }
        int equals = keyEnd(text, keyStart);
        if (equals < 0) {
            throw new InvalidRecord("CEF extension does not start with key=value");
        }
        while (keyStart >= 0) {
            String key = text.substring(keyStart, equals);
            int valueStart = equals + 1;
            StringBuilder unescaped = null;
            int copied = valueStart;
            int i = valueStart;
            int valueEnd = -1;
            keyStart = -1;
            while (i < length) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < length) {
                    char escaped = unescape(text.charAt(i + 1));
                    if (escaped != 0) {
                        if (unescaped == null) {
                            unescaped = new StringBuilder(Math.min(length - valueStart, 256));
                        }
                        unescaped.append(text, copied, i).append(escaped);
                        i += 2;
                        copied = i;
                        continue;
                    }
                } else if (c == ' ') {
                    int next = keyEnd(text, i + 1);
                    if (next >= 0) {
                        valueEnd = i;
                        keyStart = i + 1;
                        equals = next;
                        break;
                    }
                }
                i++;
            }
            if (valueEnd < 0) {
                valueEnd = length;
                while (valueEnd > copied && text.charAt(valueEnd - 1) == ' ') {
                    valueEnd--;
                }
            }
            String value = unescaped == null
                    ? text.substring(valueStart, valueEnd)
                    : unescaped.append(text, copied, valueEnd).toString();
            pairs.put(key, value);
        }
        return pairs;
    }

    /** The index of the {@code =} ending a key that starts at {@code start}, or -1 if no key starts there. */
    static int keyEnd(String text, int start) {
        int length = text.length();
        if (start >= length || !isAsciiLetter(text.charAt(start))) {
            return -1;
        }
        for (int i = start + 1; i < length; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static char unescape(char c) {
        return switch (c) {
            case '=' -> '=';
            case '\\' -> '\\';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> 0;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
