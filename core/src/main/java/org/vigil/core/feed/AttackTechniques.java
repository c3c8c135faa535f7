package org.vigil.core.feed;

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
}
