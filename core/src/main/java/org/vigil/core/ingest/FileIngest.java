package org.vigil.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.feed.ThreatIndicator;
import org.vigil.core.store.EventRepository;

/**
 * Imports files or folders of one format: cut into records, parse, map to assets, store in
 * batches. Bad records are quarantined with source, offset and reason and the import goes on.
 * Cancelling stops after the batch in hand is stored, so nothing is half-written.
 */
public final class FileIngest {

    public static final int DEFAULT_BATCH = 2_000;

    private final EventRepository events;
    private final AssetMapper mapper;
    private final Clock clock;
    private final int batchSize;

    public FileIngest(EventRepository events, AssetMapper mapper, Clock clock, int batchSize) {
        this.events = events;
        this.mapper = mapper;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** The files to read: each file given, and the regular files below each folder, in name order. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    public IngestCounts ingest(FeedParser parser, List<Path> files, IngestProgress progress, BooleanSupplier cancelled)
            throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        Batch batch = new Batch(parser, progress, total, cancelled);
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            batch.startFile();
            try (InputStream in = Files.newInputStream(file)) {
                new RecordReader(parser.format()).read(file.toString(), in, 0, batch, bytes -> batch.progress(bytes));
            }
            batch.flush();
        }
        batch.flush();
        return batch.counts;
    }

    /** Collects records into batches and keeps the counts; one per ingest, on one thread. */
    private final class Batch implements RecordSink {
        private final FeedParser parser;
        private final IngestProgress progress;
        private final long total;
        private final BooleanSupplier cancelled;
        private final List<Event> pending = new ArrayList<>();
        private final List<QuarantinedRecord> rejected = new ArrayList<>();
        private final List<ThreatIndicator> indicators = new ArrayList<>();
        private IngestCounts counts = IngestCounts.NONE;
        private long bytesBeforeFile;
        private long bytesInFile;
        private long unmapped;

        Batch(FeedParser parser, IngestProgress progress, long total, BooleanSupplier cancelled) {
            this.parser = parser;
            this.progress = progress;
            this.total = total;
            this.cancelled = cancelled;
        }

        void startFile() {
            bytesBeforeFile += bytesInFile;
            bytesInFile = 0;
        }

        void progress(long bytes) {
            bytesInFile = bytes;
            progress.update(bytesBeforeFile + bytesInFile, total, counts);
        }

        @Override
        public void record(RawRecord record) {
            Instant received = clock.instant();
            ParseOutcome outcome;
            try {
                outcome = parser.parse(record, received);
            } catch (RuntimeException e) {
                // A parser bug must not stop the import or lose the record.
                outcome = new ParseOutcome.Rejected("parser failed: " + e);
            }
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                for (Event event : parsed.events()) {
                    Event mapped = mapper.map(event);
                    if (mapped.assetIds().isEmpty()) {
                        unmapped++;
                    }
                    pending.add(mapped);
                }
                indicators.addAll(parsed.indicators());
            } else if (outcome instanceof ParseOutcome.Rejected rejection) {
                unreadable(new QuarantinedRecord(
                        record.source(), record.offset(), parser.format(), rejection.reason(), record.text()));
            }
            if (pending.size() + rejected.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void unreadable(QuarantinedRecord quarantined) {
            rejected.add(quarantined);
            progress.quarantined(quarantined);
        }

        @Override
        public boolean cancelled() {
            return cancelled.getAsBoolean();
        }

        void flush() {
            if (pending.isEmpty() && rejected.isEmpty() && indicators.isEmpty()) {
                return;
            }
            // Read counts events and quarantined records: one record can yield several events, or none.
            long eventsRead = pending.size() + rejected.size();
            EventRepository.BatchResult result = events.write(pending, rejected, indicators);
            counts = counts.plus(new IngestCounts(
                    eventsRead,
                    result.stored(),
                    result.duplicates(),
                    result.quarantined(),
                    unmapped,
                    indicators.size()));
            pending.clear();
            rejected.clear();
            indicators.clear();
            unmapped = 0;
        }
    }
}
