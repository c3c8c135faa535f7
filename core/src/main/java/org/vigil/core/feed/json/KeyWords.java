package org.vigil.core.feed.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Key names and short values as words, so that {@code riskLevelDuringSignIn}, {@code
 * risk_level_during_sign_in} and {@code RiskLevelDuringSignIn} all read "risk level during sign
 * in": monitors spell the same idea in camelCase, snake_case and PascalCase.
 */
final class KeyWords {

    private KeyWords() {}

    /** Lower-case letters and digits only: {@code @timestamp}, {@code time_stamp} and {@code Timestamp} are one key. */
    static String normalised(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * Lower-case words: split at anything but letters and digits, and at camelCase boundaries
     * ({@code userPrincipalName} → user, principal, name; {@code IPAddress} → ip, address).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        int length = Math.min(text.length(), 200);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && word.length() > 0) {
                char previous = text.charAt(i - 1);
                boolean nextIsLower = i + 1 < length && Character.isLowerCase(text.charAt(i + 1));
                if (Character.isLowerCase(previous)
                        || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    flush(word, words);
                }
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    /**
     * A phrase of one or more words, such as "sign in" or "access point". It is found in a key or
     * value when its words appear one after the other; its last word may begin a longer word
     * ("violation" finds "violations") when it has four letters or more, so that "in" does not
     * find "info".
     */
    record Phrase(List<String> words) {

        static Phrase of(String phrase) {
            return new Phrase(List.of(phrase.split(" ")));
        }

        boolean in(List<String> text) {
            int last = words.size() - 1;
            for (int start = 0; start + last < text.size(); start++) {
                boolean match = true;
                for (int i = 0; i <= last && match; i++) {
                    String word = text.get(start + i);
                    String wanted = words.get(i);
                    match = i == last && wanted.length() >= 4 ? word.startsWith(wanted) : word.equals(wanted);
                }
                if (match) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<Phrase> phrases(String... phrases) {
        List<Phrase> list = new ArrayList<>(phrases.length);
        for (String phrase : phrases) {
            list.add(Phrase.of(phrase));
        }
        return List.copyOf(list);
    }

    static boolean anyIn(List<Phrase> phrases, List<String> words) {
        for (Phrase phrase : phrases) {
            if (phrase.in(words)) {
                return true;
            }
        }
        return false;
    }
}
