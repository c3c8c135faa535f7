package org.vigil.core.feed.cef;

import java.util.Set;

/** Finds MITRE ATT&CK technique ids, {@code T} and four digits with an optional {@code .} and three, as whole words. */
final class TechniqueIds {

    private TechniqueIds() {}

    static void scan(String text, Set<String> ids) {
        if (text == null) {
            return;
        }
        int length = text.length();
        for (int i = text.indexOf('T'); i >= 0; i = text.indexOf('T', i + 1)) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || Digits.read(text, i + 1, 4) < 0) {
                continue;
            }
            int end = i + 5;
            if (end + 4 <= length && text.charAt(end) == '.' && Digits.read(text, end + 1, 3) >= 0) {
                end += 4;
            }
            if (end == length || !Character.isLetterOrDigit(text.charAt(end))) {
                ids.add(text.substring(i, end));
            }
        }
    }
}
