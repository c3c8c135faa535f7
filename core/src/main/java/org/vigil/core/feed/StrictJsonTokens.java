package org.vigil.core.feed;

import com.fasterxml.jackson.core.JsonToken;

/**
 * The tokens of one JSON object in a string, read in place: a pull reader shaped like Jackson's
 * {@code JsonParser} for the formats that read their common records without a tree. Reading a
 * record this way costs a fraction of Jackson's reader over a {@code String}, which copies the text
 * and canonicalises every key.
 *
 * <p>It is strict on purpose: it accepts only what Jackson (as {@link JsonRecords} configures it)
 * accepts and reads it the same, and throws {@link NotRead} for anything else — invalid JSON, but
 * also valid JSON it leaves to Jackson (nesting deeper than {@link #MAX_DEPTH}, numbers longer than
 * {@link #MAX_NUMBER_LENGTH}, a byte-order mark). A caller then reads the record with Jackson, which
 * gives the exact outcome, error messages included. What follows the object is never read, as with
 * Jackson reading one object.
 */
public final class StrictJsonTokens {

    /** Deeper than this is left to Jackson (which rejects past {@link JsonRecords#MAX_DEPTH}). */
    static final int MAX_DEPTH = 32;

    /** Longer numbers are left to Jackson; this reader reads whole numbers up to 18 digits. */
    static final int MAX_NUMBER_LENGTH = 18;

    private final String text;
    /**
     * The text's characters followed by one {@code '"'}: scanning an array is several times faster
     * than {@code String.charAt}, and the quote ends every string's scan without a length check per
     * character (a string that reaches it is unterminated).
     */
    private final char[] chars;

    private final int length;
    private int position;
    private int depth;
    /** Per open container, whether a value has been read in it (a comma must precede the next). */
    private final boolean[] started = new boolean[MAX_DEPTH + 2];
    /** Per open container, whether it is an object (else an array). */
    private final boolean[] isObject = new boolean[MAX_DEPTH + 2];

    private int valueStart;
    private int valueEnd;
    private boolean escaped;
    /** {@link String#hashCode()} of the string just read, when it had no escapes. */
    private int hash;

    /** Not JSON this reader reads; read the text with Jackson instead. No stack trace: control flow. */
    public static final class NotRead extends RuntimeException {
        NotRead() {
            super(null, null, false, false);
        }
    }

    private StrictJsonTokens(String text) {
        this.text = text;
        this.length = text.length();
        this.chars = new char[length + 1];
        text.getChars(0, length, chars, 0);
        chars[length] = '"';
    }

    /** Tokens of {@code text}, positioned inside its root object; throws {@link NotRead} when it has none. */
    public static StrictJsonTokens ofObject(String text) {
        StrictJsonTokens tokens = new StrictJsonTokens(text);
        tokens.skipWhitespace();
        if (tokens.position >= tokens.length || tokens.chars[tokens.position] != '{') {
            throw new NotRead();
        }
        tokens.position++;
        tokens.depth = 1;
        tokens.isObject[1] = true;
        return tokens;
    }

    /** The next key of the current object, or null at its end (which is then consumed). */
    public String nextFieldName() {
        return nextKey(false) ? stringValue() : null;
    }

    /**
     * The next key of the current object as one of {@code names} (the same instance, so it may be
     * compared by identity or switched on), {@link KnownFieldNames#OTHER} for any other key, or null
     * at the object's end. Makes no string of its own.
     */
    public String nextFieldName(KnownFieldNames names) {
        if (!nextKey(true)) {
            return null;
        }
        return escaped ? names.find(stringValue()) : names.find(text, valueStart, valueEnd, hash);
    }

    /** The key just read by {@link #nextFieldName(KnownFieldNames)}, as a string of its own. */
    public String currentName() {
        return stringValue();
    }

    /**
     * Whether the key just read may hold a dot or an upper-case letter: true when it has a dot, an
     * ASCII capital, any character past ASCII or an escape. A plain loop, as it runs for most keys of
     * a record the rules read.
     */
    public boolean currentNameMayHaveDotOrCapital() {
        if (escaped) {
            return true;
        }
        char[] chars = this.chars;
        for (int i = valueStart; i < valueEnd; i++) {
            char c = chars[i];
            if (c == '.' || (c >= 'A' && c <= 'Z') || c >= 0x80) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads up to the next key's value, false at the object's end; the key is read as a string, with
     * its hash when {@code hashed} (keys being skipped need none).
     */
    private boolean nextKey(boolean hashed) {
        skipWhitespace();
        char c = peek();
        if (c == '}') {
            position++;
            depth--;
            return false;
        }
        if (started[depth]) {
            if (c != ',') {
                throw new NotRead();
            }
            position++;
            skipWhitespace();
            c = peek();
        }
        started[depth] = true;
        if (c != '"') {
            throw new NotRead();
        }
        string(hashed); // the key stays the string just read: skipping to the colon reads no other
        skipWhitespace();
        if (peek() != ':') {
            throw new NotRead();
        }
        position++;
        return true;
    }

    /** The value after a key; {@code START_OBJECT} and {@code START_ARRAY} enter the container. */
    public JsonToken nextToken() {
        skipWhitespace();
        return value(peek());
    }

    /** The next element of the current array, or {@code END_ARRAY} at its end (which is then consumed). */
    public JsonToken nextElement() {
        skipWhitespace();
        char c = peek();
        if (c == ']') {
            position++;
            depth--;
            return JsonToken.END_ARRAY;
        }
        if (started[depth]) {
            if (c != ',') {
                throw new NotRead();
            }
            position++;
            skipWhitespace();
            c = peek();
        }
        started[depth] = true;
        return value(c);
    }

    private JsonToken value(char c) {
        switch (c) {
            case '"':
                string(false);
                return JsonToken.VALUE_STRING;
            case '{':
                enter();
                return JsonToken.START_OBJECT;
            case '[':
                enter();
                return JsonToken.START_ARRAY;
            case 't':
                literal("true");
                return JsonToken.VALUE_TRUE;
            case 'f':
                literal("false");
                return JsonToken.VALUE_FALSE;
            case 'n':
                literal("null");
                return JsonToken.VALUE_NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new NotRead();
        }
    }

    /** The text of the string just read, escapes decoded. */
    public String getText() {
        return stringValue();
    }

    /** The whole number just read (at most {@value #MAX_NUMBER_LENGTH} digits, so it fits a long). */
    public long getLongValue() {
        boolean negative = chars[valueStart] == '-';
        long value = 0;
        for (int i = negative ? valueStart + 1 : valueStart; i < valueEnd; i++) {
            value = value * 10 + (chars[i] - '0');
        }
        return negative ? -value : value;
    }

    /** The number just read as written (Jackson's {@code getText()} of a number). */
    public String getNumberText() {
        return text.substring(valueStart, valueEnd);
    }

    /** Skips the container just entered, if {@code token} (the last one read) entered one. */
    public void skipChildren(JsonToken token) {
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int until = depth - 1;
        while (depth > until) {
            if (isObject[depth]) {
                if (nextKey(false)) {
                    nextToken();
                }
            } else {
                nextElement();
            }
        }
    }

    private void enter() {
        char c = chars[position];
        position++;
        depth++;
        if (depth > MAX_DEPTH) {
            throw new NotRead();
        }
        started[depth] = false;
        isObject[depth] = c == '{';
    }

    private void literal(String word) {
        if (!text.startsWith(word, position)) {
            throw new NotRead();
        }
        position += word.length();
        afterScalar();
    }

    /** After a scalar: only whitespace or a delimiter may follow (Jackson rejects {@code truex}, {@code 1x}). */
    private void afterScalar() {
        if (position < length) {
            char c = chars[position];
            if (!(c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                throw new NotRead();
            }
        }
    }

    /** A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private JsonToken number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        int digits = digits();
        if (digits == 0 || (digits > 1 && chars[position - digits] == '0')) {
            throw new NotRead();
        }
        boolean integral = true;
        if (position < length && chars[position] == '.') {
            position++;
            if (digits() == 0) {
                throw new NotRead();
            }
            integral = false;
        }
        if (position < length && (chars[position] == 'e' || chars[position] == 'E')) {
            position++;
            if (position < length && (chars[position] == '+' || chars[position] == '-')) {
                position++;
            }
            if (digits() == 0) {
                throw new NotRead();
            }
            integral = false;
        }
        if (position - start > MAX_NUMBER_LENGTH) {
            throw new NotRead();
        }
        valueStart = start;
        valueEnd = position;
        afterScalar();
        return integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }

    private int digits() {
        int from = position;
        char[] chars = this.chars;
        int i = position;
        while (chars[i] >= '0' && chars[i] <= '9') { // the quote after the text stops it
            i++;
        }
        position = i;
        return position - from;
    }

    /**
     * A string from its opening quote: checks it, remembers where its content is, and for a key
     * ({@code key}) its hash. The loop is most of the reading: one test covers the usual characters
     * (above the backslash), as in Jackson, and values skip the hash.
     */
    private void string(boolean key) {
        char[] chars = this.chars;
        int start = position + 1;
        boolean anyEscape = false;
        int h = 0;
        int i = start;
        while (true) {
            char c = chars[i];
            if (c <= '\\') {
                if (c == '"') {
                    break;
                }
                if (c < 0x20) {
                    throw new NotRead(); // Jackson rejects unescaped control characters
                }
                if (c == '\\') {
                    anyEscape = true;
                    i = escape(i + 1);
                    continue;
                }
            }
            if (key) {
                h = 31 * h + c;
            }
            i++;
        }
        if (i >= length) {
            throw new NotRead(); // the quote after the text: unterminated
        }
        hash = h;
        valueStart = start;
        valueEnd = i;
        escaped = anyEscape;
        position = i + 1; // past the closing quote
    }

    /** Checks the escape whose letter is at {@code at}; where the string goes on. */
    private int escape(int at) {
        if (at >= length) {
            throw new NotRead();
        }
        switch (chars[at]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return at + 1;
            }
            case 'u' -> {
                if (at + 4 >= length) {
                    throw new NotRead();
                }
                for (int i = 1; i <= 4; i++) {
                    if (!isHexDigit(chars[at + i])) {
                        throw new NotRead();
                    }
                }
                return at + 5;
            }
            default -> throw new NotRead();
        }
    }

    /** ASCII only, as Jackson reads {@code \\u} escapes ({@code Character.digit} takes other scripts' digits). */
    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private String stringValue() {
        if (!escaped) {
            return text.substring(valueStart, valueEnd);
        }
        StringBuilder out = new StringBuilder(valueEnd - valueStart);
        for (int i = valueStart; i < valueEnd; i++) {
            char c = chars[i];
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = chars[++i];
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> out.append(e); // " \ /
            }
        }
        return out.toString();
    }

    /** Skips whitespace; the quote after the text stops it. */
    private void skipWhitespace() {
        char c = chars[position];
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            c = chars[++position];
        }
    }

    private char peek() {
        if (position >= length) {
            throw new NotRead();
        }
        return chars[position];
    }
}
