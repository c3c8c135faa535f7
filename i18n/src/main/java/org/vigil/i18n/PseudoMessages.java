package org.vigil.i18n;

import java.util.Set;

/**
 * The pseudo-locale: English text with accented letters, about 40 % longer and bracketed, so that
 * untranslated strings (plain ASCII) and labels cut off at either end stand out.
 */
final class PseudoMessages implements Messages {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    private static final double GROWTH = 0.4;

    private final Messages english;

    PseudoMessages(Messages english) {
        this.english = english;
    }

    @Override
    public Language language() {
        return Language.PSEUDO;
    }

    @Override
    public boolean has(String key) {
        return english.has(key);
    }

    @Override
    public Set<String> keys() {
        return english.keys();
    }

    @Override
    public String text(String key, Object... args) {
        return pseudo(english.text(key, args));
    }

    static String pseudo(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2 + 4).append('⟦');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int plain = PLAIN.indexOf(c);
            out.append(plain >= 0 ? ACCENTED.charAt(plain) : c);
        }
        int padding = (int) Math.ceil(text.length() * GROWTH);
        for (int i = 0; i < padding; i++) {
            out.append(i % 2 == 0 ? '·' : '~');
        }
        return out.append('⟧').toString();
    }
}
