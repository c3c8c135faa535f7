package org.vigil.core.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 text, decoded one at a time so that a byte sequence that is not UTF-8 is
 * reported on its own line (a reader decoding ahead in blocks would blame an earlier one).
 */
final class Utf8Lines {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(128);

    /** @param in buffered by the caller; read a byte at a time */
    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line break, or null at the end. */
    String next() throws IOException {
        line.reset();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return decode(bytes, length);
    }

    private String decode(byte[] bytes, int length) throws CharacterCodingException {
        return decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    }
}
