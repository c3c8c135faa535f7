package org.vigil.core.ingest;

/**
 * What an ingest did. Always {@code read = stored + duplicates + quarantined}: every record read is
 * stored, recognised as already stored, or quarantined with a reason.
 */
public record IngestCounts(long read, long stored, long duplicates, long quarantined, long unmapped, long indicators) {

    public static final IngestCounts NONE = new IngestCounts(0, 0, 0, 0, 0, 0);

    public IngestCounts plus(IngestCounts other) {
        return new IngestCounts(
                read + other.read,
                stored + other.stored,
                duplicates + other.duplicates,
                quarantined + other.quarantined,
                unmapped + other.unmapped,
                indicators + other.indicators);
    }

    public boolean addsUp() {
        return read == stored + duplicates + quarantined;
    }
}
