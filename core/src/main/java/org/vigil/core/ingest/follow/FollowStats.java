package org.vigil.core.ingest.follow;

import org.vigil.core.ingest.IngestCounts;

/**
 * How following is going, for a status line or view.
 *
 * @param filesFollowed files held open now
 * @param bytesRead bytes read since following started
 * @param rotations times a followed path came to name another file (renamed away and created again, or replaced)
 * @param truncations times a followed file was emptied in place (copytruncate) and read again from the start
 * @param lagBytes bytes written to the followed files and not read yet, as of the last poll; a line still being
 *     written counts until its newline arrives
 * @param events what became of the records read: always {@code read = stored + duplicates + quarantined}
 */
public record FollowStats(
        int filesFollowed, long bytesRead, long rotations, long truncations, long lagBytes, IngestCounts events) {

    public static final FollowStats NONE = new FollowStats(0, 0, 0, 0, 0, IngestCounts.NONE);
}
