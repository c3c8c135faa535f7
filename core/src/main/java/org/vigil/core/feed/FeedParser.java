package org.vigil.core.feed;

import java.time.Instant;

/**
 * Turns records of one format into normalised events. Implementations never throw on bad input:
 * anything they cannot read becomes {@link ParseOutcome.Rejected} with a reason. They are
 * stateless and safe to share between threads.
 */
public interface FeedParser {

    FeedFormat format();

    ParseOutcome parse(RawRecord record, Instant receivedTime);
}
