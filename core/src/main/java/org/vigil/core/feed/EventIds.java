package org.vigil.core.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
}
