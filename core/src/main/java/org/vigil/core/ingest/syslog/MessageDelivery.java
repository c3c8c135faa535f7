package org.vigil.core.ingest.syslog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

/** The delivery thread: takes items off the queue in order and hands them to the sink until the queue is finished. */
final class MessageDelivery implements Runnable {

    private final Inbox inbox;
    private final SyslogSink sink;
    private final FeedFormat format;
    private final ListenerCounters counters;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    MessageDelivery(Inbox inbox, SyslogSink sink, FeedFormat format, ListenerCounters counters) {
        this.inbox = inbox;
        this.sink = sink;
        this.format = format;
        this.counters = counters;
    }

    @Override
    public void run() {
        while (true) {
            Inbox.Numbered next;
            try {
                next = inbox.take();
            } catch (InterruptedException e) {
                return; // closing gave up waiting: what is left was discarded and counted
            }
            if (next == null) {
                return;
            }
            deliver(next.sequence(), next.inbound());
        }
    }

    private void deliver(long sequence, Inbound inbound) {
        if (inbound instanceof Inbound.Message message) {
            deliverMessage(sequence, message);
        } else if (inbound instanceof Inbound.Reject reject) {
            reject(new QuarantinedRecord(reject.source(), sequence, format, reject.reason(), reject.excerpt()));
        }
    }

    private void deliverMessage(long sequence, Inbound.Message message) {
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(message.bytes())).toString();
        } catch (CharacterCodingException e) {
            byte[] bytes = message.bytes();
            reject(new QuarantinedRecord(
                    message.source(), sequence, format, "not UTF-8 text", Inbound.excerpt(bytes, bytes.length)));
            return;
        }
        try {
            sink.message(new RawRecord(message.source(), sequence, text));
        } catch (RuntimeException e) {
            // One failing message must not stop the listener; the count lets the UI show that something is wrong.
            counters.sinkFailures.incrementAndGet();
        } finally {
            // Counted once the sink is done with it, so a reader of the statistics sees the sink's work finished.
            counters.delivered.incrementAndGet();
        }
    }

    private void reject(QuarantinedRecord quarantined) {
        try {
            sink.rejected(quarantined);
        } catch (RuntimeException e) {
            counters.sinkFailures.incrementAndGet();
        } finally {
            counters.rejected.incrementAndGet();
        }
    }
}
