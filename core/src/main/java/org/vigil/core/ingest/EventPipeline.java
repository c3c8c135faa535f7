package org.vigil.core.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.ReadPosition;
import org.vigil.core.feed.ThreatIndicator;
import org.vigil.core.store.EventRepository;

/**
 * The way every source's events go, whatever the source (file import, followed file, syslog,
 * scenario replay): parse, map to assets, store in batches, then correlate. Bad records are
 * quarantined with source, offset and reason and the rest goes on.
 *
 * <p>A batch is stored in one transaction before it is correlated, so an incident never refers to
 * an event that is not on disk. Duplicates are correlated too: correlation is idempotent, and
 * re-reading a file after a crash must still find what the first read would have found. A batch
 * goes when it is full or when its first record has waited {@link #MAX_BATCH_DELAY}, so a slow
 * source still commits promptly.
 *
 * <p>One pipeline per source run, fed by one thread at a time. Built with its public constructor it
 * stores and correlates in that thread; a {@link FileIngest} has both done on threads of their own.
 */
public final class EventPipeline {

    /** The longest a record waits in a batch that is not full before the batch is stored. */
    public static final Duration MAX_BATCH_DELAY = Duration.ofSeconds(1);

    private final BatchSink sink;
    private final AssetMapper mapper;
    private final Clock clock;
    private final int batchSize;
    private final IngestProgress progress;

    private List<Event> pending = new ArrayList<>();
    private List<QuarantinedRecord> rejected = new ArrayList<>();
    private List<ThreatIndicator> indicators = new ArrayList<>();
    private List<ReadPosition> positions = new ArrayList<>();
    private long unmapped;
    private long batchStarted;

    public EventPipeline(
            EventRepository events,
            AssetMapper mapper,
            EventCorrelation correlation,
            Clock clock,
            int batchSize,
            IngestProgress progress) {
        this(new DirectBatchSink(events, correlation), mapper, clock, batchSize, progress);
    }

    EventPipeline(BatchSink sink, AssetMapper mapper, Clock clock, int batchSize, IngestProgress progress) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        this.sink = Objects.requireNonNull(sink, "sink");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchSize = batchSize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Parses one record; its events, or the record itself if it cannot be read, join the batch. */
    public void record(FeedParser parser, RawRecord record) {
        Instant received = clock.instant();
        ParseOutcome outcome;
        try {
            outcome = parser.parse(record, received);
        } catch (RuntimeException e) {
            // A parser bug must not stop the source or lose the record.
            outcome = new ParseOutcome.Rejected("parser failed: " + e);
        }
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            parsed.events().forEach(this::add);
            if (!parsed.indicators().isEmpty()) {
                started();
                indicators.addAll(parsed.indicators());
            }
            flushIfFull();
        } else if (outcome instanceof ParseOutcome.Rejected rejection) {
            unreadable(new QuarantinedRecord(
                    record.source(), record.offset(), parser.format(), rejection.reason(), record.text()));
        }
    }

    /** An event already normalised by its source (scenario replay); it is mapped and joins the batch. */
    public void event(Event event) {
        add(event);
        flushIfFull();
    }

    /** A piece of a source that is not a record at all (bad encoding, oversize): quarantined. */
    public void unreadable(QuarantinedRecord quarantined) {
        started();
        rejected.add(quarantined);
        progress.quarantined(quarantined);
        flushIfFull();
    }

    /**
     * Where a followed source has been read up to: stored in the same transaction as the batch holding
     * the records before it, so a restart neither re-reads nor skips anything.
     */
    public void reached(ReadPosition position) {
        started();
        positions.removeIf(p -> p.source().equals(position.source()));
        positions.add(position);
    }

    private void add(Event event) {
        started();
        Event mapped = mapper.map(event);
        if (mapped.assetIds().isEmpty()) {
            unmapped++;
        }
        pending.add(mapped);
    }

    /** Notes when the batch in hand got its first item. */
    private void started() {
        if (pending.isEmpty() && rejected.isEmpty() && indicators.isEmpty() && positions.isEmpty()) {
            batchStarted = System.nanoTime();
        }
    }

    private void flushIfFull() {
        if (pending.size() + rejected.size() >= batchSize
                || System.nanoTime() - batchStarted >= MAX_BATCH_DELAY.toNanos()) {
            handOver();
        }
    }

    /** Hands the batch in hand to be stored and correlated; a new batch starts empty. */
    private void handOver() {
        if (pending.isEmpty() && rejected.isEmpty() && indicators.isEmpty() && positions.isEmpty()) {
            return;
        }
        Batch batch = new Batch(pending, rejected, indicators, positions, unmapped);
        sink.take(batch); // if this throws, the batch stays in hand and goes with the next
        pending = new ArrayList<>();
        rejected = new ArrayList<>();
        indicators = new ArrayList<>();
        positions = new ArrayList<>();
        unmapped = 0;
        sink.taken(batch);
    }

    /** Stores and correlates what is in hand and everything handed over before; returns the counts so far. */
    public IngestCounts flush() {
        handOver();
        return sink.drain();
    }

    /** The source has ended: stores what is in hand, then lets correlation judge its open windows. */
    public IngestCounts finish() {
        IngestCounts counts = flush();
        sink.finish();
        return counts;
    }

    /** The counts of what has been stored so far. */
    public IngestCounts counts() {
        return sink.counts();
    }
}
