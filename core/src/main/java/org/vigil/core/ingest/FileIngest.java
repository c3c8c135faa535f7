package org.vigil.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.store.EventRepository;

/**
 * Imports files or folders of one format: cut into records and handed to an {@link EventPipeline}
 * (parse, map to assets, store in batches, correlate). Bad records are quarantined with source,
 * offset and reason and the import goes on. Reading and parsing run in the calling thread, storing
 * and correlating each on a thread of their own ({@link PipelinedBatchSink}), batch after batch in
 * order. Cancelling stops after the batch in hand is stored, so nothing is half-written.
 */
public final class FileIngest {

    /**
     * Events per batch, and so per transaction. Since event ids come in time order a commit writes
     * little more than the rows it adds, so batches need not be big to be cheap; smaller ones keep
     * fewer events alive across the pipeline's stages, which the collector would otherwise copy
     * (with correlation: 20,000 gave 118,768 and 121,257 events/s, 10,000 gave 123,987 and 123,684,
     * and 5,000 125,598 and 124,045, the heap left after collections falling from about 570 to 70 MB).
     * A batch of this size holds about 12 MB.
     */
    public static final int DEFAULT_BATCH = 10_000;

    private final EventRepository events;
    private final AssetMapper mapper;
    private final EventCorrelation correlation;
    private final Clock clock;
    private final int batchSize;

    public FileIngest(EventRepository events, AssetMapper mapper, Clock clock, int batchSize) {
        this(events, mapper, EventCorrelation.NONE, clock, batchSize);
    }

    public FileIngest(
            EventRepository events, AssetMapper mapper, EventCorrelation correlation, Clock clock, int batchSize) {
        this.events = events;
        this.mapper = mapper;
        this.correlation = correlation;
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
        try (PipelinedBatchSink stages = new PipelinedBatchSink(new DirectBatchSink(events, correlation))) {
            EventPipeline pipeline = new EventPipeline(stages, mapper, clock, batchSize, progress);
            Sink sink = new Sink(parser, pipeline, progress, total, cancelled);
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                sink.startFile();
                try (InputStream in = Files.newInputStream(file)) {
                    new RecordReader(parser.format()).read(file.toString(), in, 0, sink, sink::progress);
                }
            }
            // A cancelled import has not seen the end of its input: judging its open windows would mislead.
            return cancelled.getAsBoolean() ? pipeline.flush() : pipeline.finish();
        }
    }

    /** Hands what the reader cuts to the pipeline and reports progress over all files. */
    private static final class Sink implements RecordSink {
        private final FeedParser parser;
        private final EventPipeline pipeline;
        private final IngestProgress progress;
        private final long total;
        private final BooleanSupplier cancelled;
        private long bytesBeforeFile;
        private long bytesInFile;

        Sink(
                FeedParser parser,
                EventPipeline pipeline,
                IngestProgress progress,
                long total,
                BooleanSupplier cancelled) {
            this.parser = parser;
            this.pipeline = pipeline;
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
            progress.update(bytesBeforeFile + bytesInFile, total, pipeline.counts());
        }

        @Override
        public void record(RawRecord record) {
            pipeline.record(parser, record);
        }

        @Override
        public void unreadable(QuarantinedRecord quarantined) {
            pipeline.unreadable(quarantined);
        }

        @Override
        public boolean cancelled() {
            return cancelled.getAsBoolean();
        }
    }
}
