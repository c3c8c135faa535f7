package org.vigil.core.ingest.follow;

import java.util.function.BooleanSupplier;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.RecordReader;

/**
 * Where the lines of every followed file go, and when to stop reading them.
 *
 * @param recordHandedOn told after each record, so statistics can be published during a long read
 */
record Delivery(
        RecordReader reader,
        FeedParser parser,
        EventPipeline pipeline,
        BooleanSupplier stopping,
        Runnable recordHandedOn) {}
