package org.vigil.core.feed;

import java.util.Collection;

/** MITRE ATT&CK technique ids as parsers meet them: {@code T1234} or {@code T1234.001}. */
public final class AttackTechniques {

    private AttackTechniques() {}

    /** Whether the text is exactly one technique or sub-technique id (checked by a scan: this runs per event). */
    public static boolean isTechniqueId(String id) {
        int length = id.length();
        if ((length != 5 && length != 9) || id.charAt(0) != 'T') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            boolean ok = i == 5 ? c == '.' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the technique ids written in free text, e.g. "… (ATT&amp;CK T1021.002)": a {@code T} and
     * four digits, optionally {@code .} and three, as a whole word; in order, each once.
     */
    public static void scan(String text, Collection<String> ids) {
        if (text == null) {
            return;
        }
        int length = text.length();
        for (int i = text.indexOf('T'); i >= 0; i = text.indexOf('T', i + 1)) {
            if ((i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) || !digits(text, i + 1, 4)) {
                continue;
            }
            int end = i + 5;
            if (end + 4 <= length && text.charAt(end) == '.' && digits(text, end + 1, 3)) {
                end += 4;
            }
            if (end < length && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            String id = text.substring(i, end);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
