package org.vigil.core.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Stable event ids from content: the same record read twice, from any file or path, gets the same
 * id, so importing a file again stores nothing twice. {@code index} tells apart several events
 * from one record (e.g. sightings in one STIX bundle).
 *
 * <p>An id is 32 hex digits, a dash and the index. When the event time is the record's own (it can be
 * read again from the record alone), the first 12 digits are that time in milliseconds and the other
 * 20 the start of the record's hash: the ids of a feed then come in about time order, so the store's
 * unique index on them grows at its end instead of at random places all over it, which made every
 * batch rewrite most of that index. Otherwise all 32 digits are the hash.
 */
public final class EventIds {

    private EventIds() {}

    /**
     * A SHA-256 digest never updated, only copied: a copy costs a fraction of looking the algorithm up
     * again, which every event would otherwise do.
     */
    private static final MessageDigest SHA_256 = sha256();

    /** Digits of the time in a timed id: 48 bits of milliseconds, until the year 10889. */
    static final int TIME_DIGITS = 12;

    /** The id of a record whose event time is not its own alone (derived from when it was received). */
    public static String of(FeedFormat format, String recordText, int index) {
        return hashOnly(digest(format, recordText), index);
    }

    /** The id of a record whose event time, {@code eventTime}, is read from the record itself. */
    public static String of(FeedFormat format, String recordText, int index, Instant eventTime) {
        byte[] digest = digest(format, recordText);
        long millis;
        try {
            millis = eventTime.toEpochMilli();
        } catch (ArithmeticException e) {
            return hashOnly(digest, index); // no millisecond count
        }
        HexFormat hex = HexFormat.of();
        // the low 48 bits of the 16 digits a long spells, then the start of the hash
        return hex.toHexDigits(millis).substring(16 - TIME_DIGITS) + hex.formatHex(digest, 0, 10) + "-" + index;
    }

    private static String hashOnly(byte[] digest, int index) {
        return HexFormat.of().formatHex(digest, 0, 16) + "-" + index;
    }

    private static byte[] digest(FeedFormat format, String recordText) {
        MessageDigest sha = newSha256();
        sha.update(format.name().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(recordText.strip().getBytes(StandardCharsets.UTF_8));
        return sha.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256(); // a provider whose digests cannot be copied
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The id of the {@code index}th event made from timeline event {@code timelineIndex} of a
     * scenario replayed with its time zero at {@code origin}: the same in every resumption of one
     * replay run, so a run resumed after a restart stores nothing twice, and different for another
     * run (another origin), which is a new story.
     */
    public static String ofReplay(String scenarioId, Instant origin, int timelineIndex, int index) {
        MessageDigest sha = newSha256();
        sha.update("replay".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(scenarioId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(origin.toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(timelineIndex).getBytes(StandardCharsets.UTF_8));
        return hashOnly(sha.digest(), index);
    }
}
