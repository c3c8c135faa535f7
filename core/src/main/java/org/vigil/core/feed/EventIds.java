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
 */
public final class EventIds {

    private EventIds() {}

    public static String of(FeedFormat format, String recordText, int index) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(format.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(recordText.strip().getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return HexFormat.of().formatHex(digest, 0, 16) + "-" + index;
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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("replay".getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(scenarioId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(origin.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(timelineIndex).getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return HexFormat.of().formatHex(digest, 0, 16) + "-" + index;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
