package org.vigil.visual.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a red flag's quote in shown text the way the content checker matched it: Unicode NFC, and
 * every run of white space (line breaks, no-break spaces, the gap between two paragraphs) as one
 * space. The text may come in segments, such as the text nodes of an HTML document; a {@code null}
 * segment stands for a boundary between blocks, which reads as a space. The first occurrence wins,
 * as in games.
 */
final class QuoteFinder {

    /** Part of one segment that the quote covers: {@code [start, end)} in that segment's text. */
    record Piece(int segment, int start, int end) {}

    private QuoteFinder() {}

    /** The quote's range {@code [start, end)} in {@code text} (already NFC, as shown). */
    static Optional<int[]> find(String text, String quote) {
        return find(java.util.Collections.singletonList(text), quote).map(pieces ->
                new int[] {pieces.get(0).start(), pieces.get(pieces.size() - 1).end()});
    }

    /** The pieces of the segments the quote covers, in order; empty if it does not occur. */
    static Optional<List<Piece>> find(List<String> segments, String quote) {
        String wanted = collapse(nfc(quote)).strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder normalised = new StringBuilder();
        List<int[]> origin = new ArrayList<>(); // per normalised char: segment, offset (-1 for a boundary)
        for (int s = 0; s < segments.size(); s++) {
            String segment = segments.get(s);
            if (segment == null) {
                space(normalised, origin, s, -1);
                continue;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (isSpace(c)) {
                    space(normalised, origin, s, i);
                } else {
                    normalised.append(c);
                    origin.add(new int[] {s, i});
                }
            }
        }
        int at = normalised.indexOf(wanted);
        if (at < 0) {
            return Optional.empty();
        }
        int[] first = origin.get(at);
        int[] last = origin.get(at + wanted.length() - 1);
        List<Piece> pieces = new ArrayList<>();
        for (int s = first[0]; s <= last[0]; s++) {
            String segment = segments.get(s);
            if (segment == null) {
                continue;
            }
            int start = s == first[0] ? first[1] : 0;
            int end = s == last[0] ? last[1] + 1 : segment.length();
            if (end > start) {
                pieces.add(new Piece(s, start, end));
            }
        }
        return pieces.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(pieces));
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether the quote is in the text, by the same rules. */
    static boolean contains(String text, String quote) {
        return find(text == null ? "" : nfc(text), quote).isPresent();
    }

    private static void space(StringBuilder normalised, List<int[]> origin, int segment, int offset) {
        if (normalised.length() > 0 && normalised.charAt(normalised.length() - 1) != ' ') {
            normalised.append(' ');
            origin.add(new int[] {segment, offset < 0 ? 0 : offset});
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
