package org.vigil.core.ingest.syslog;

import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

/**
 * Receives what a {@link SyslogListener} takes off the network. Both methods are called from the
 * listener's one delivery thread, in receive order, so an implementation needs no locking of its
 * own; a slow sink only fills the listener's queue (and then messages are dropped and counted).
 */
public interface SyslogSink {

    /** A message, its source the listener's address ({@code syslog+udp://127.0.0.1:5514}), its offset the sequence number. */
    void message(RawRecord record);

    /** A message that could not be passed on (too long, not UTF-8, broken TCP framing), with the reason. */
    void rejected(QuarantinedRecord quarantined);
}
