package org.vigil.core.ingest.follow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of an open file from one offset up to another, as a stream. Bounded so that one read ends even while
 * the file keeps growing: what is written meanwhile is left for the next poll.
 */
final class ChannelSlice extends InputStream {

    private final FileChannel channel;
    private final long end;
    private long position;

    ChannelSlice(FileChannel channel, long start, long end) {
        this.channel = channel;
        this.position = start;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(length, end - position);
        int read = channel.read(ByteBuffer.wrap(bytes, offset, wanted), position);
        if (read <= 0) {
            return -1; // the file shrank under the read: what was cut off is not there to read
        }
        position += read;
        return read;
    }
}
