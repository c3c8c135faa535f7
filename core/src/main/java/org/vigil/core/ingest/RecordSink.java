package org.vigil.core.ingest;

import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;

/** Receives what a {@link RecordReader} cuts from a source: records, and pieces that are not records. */
interface RecordSink {

    void record(RawRecord record);

    void unreadable(QuarantinedRecord quarantined);

    /** Whether the reader should stop (the user cancelled). */
    boolean cancelled();
}
