package org.vigil.core.topology;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Turns the node ids of a topology file into Vigil ids (lower-case letters, digits and hyphens,
 * starting with a letter or digit, at most 64 characters; see docs/scenario-format.md).
 *
 * <p>An id that already follows the rule is kept, so {@code 17} stays {@code 17}. Any other id
 * becomes a readable slug of itself plus a hyphen and the eight hexadecimal digits of the CRC-32
 * of its UTF-8 bytes: {@code Bus 17} becomes {@code bus-17-} followed by its checksum. The
 * checksum keeps ids apart that differ only in what the slug drops ({@code Bus 17} and
 * {@code bus_17}), and the rule depends on nothing but the id, so it gives the same result in any
 * file and any order.
 */
public final class IdRule {

    private static final Pattern VIGIL_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** 64 characters less the hyphen and the eight digits of the checksum. */
    private static final int MAX_SLUG = 55;

    private IdRule() {}

    public static boolean isVigilId(String id) {
        return VIGIL_ID.matcher(id).matches();
    }

    /** The Vigil id for an id found in a topology file. */
    public static String vigilId(String original) {
        if (isVigilId(original)) {
            return original;
        }
        String plain = MARKS.matcher(Normalizer.normalize(original, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = trimHyphens(NOT_SLUG.matcher(plain).replaceAll("-"));
        if (slug.length() > MAX_SLUG) {
            slug = trimHyphens(slug.substring(0, MAX_SLUG));
        }
        CRC32 crc = new CRC32();
        crc.update(original.getBytes(StandardCharsets.UTF_8));
        String checksum = String.format("%08x", crc.getValue());
        return slug.isEmpty() ? checksum : slug + "-" + checksum;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
