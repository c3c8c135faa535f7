package org.vigil.core.ingest;

import org.vigil.core.feed.QuarantinedRecord;

/** Told how far an ingest is, so a caller can show rate and time left and offer to cancel. */
@FunctionalInterface
public interface IngestProgress {

    IngestProgress NONE = (bytesDone, bytesTotal, counts) -> {};

    void update(long bytesDone, long bytesTotal, IngestCounts counts);

    /** A record was quarantined (it is also stored in the workspace's quarantine). */
    default void quarantined(QuarantinedRecord record) {}
}
