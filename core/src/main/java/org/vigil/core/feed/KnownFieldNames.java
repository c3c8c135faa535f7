package org.vigil.core.feed;

import java.util.Arrays;

/**
 * The keys a reader looks for in one kind of JSON object, so that {@link StrictJsonTokens} can tell
 * which one it is reading without making a string of every key. Immutable once built.
 */
public final class KnownFieldNames {

    /** What {@link StrictJsonTokens#nextFieldName(KnownFieldNames)} gives for a key not among them. */
    public static final String OTHER = new String("(another key)");

    private final String[] table;
    /** The hash of each name in {@link #table}: a key whose hash differs is told apart without comparing text. */
    private final int[] hashes;

    private final int mask;

    private KnownFieldNames(String... names) {
        int size = Integer.highestOneBit(Math.max(4, names.length * 4) - 1) << 1;
        table = new String[size];
        hashes = new int[size];
        mask = size - 1;
        for (String name : names) {
            int slot = name.hashCode() & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = name;
            hashes[slot] = name.hashCode();
        }
    }

    public static KnownFieldNames of(String... names) {
        if (Arrays.stream(names).distinct().count() != names.length) {
            throw new IllegalArgumentException("repeated name in " + Arrays.toString(names));
        }
        return new KnownFieldNames(names);
    }

    /** The name spelt by {@code text} from {@code start} to {@code end}, whose hash is {@code hash}, or {@link #OTHER}. */
    String find(String text, int start, int end, int hash) {
        int length = end - start;
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            String name = table[slot];
            if (hashes[slot] == hash && name.length() == length && text.regionMatches(start, name, 0, length)) {
                return name;
            }
        }
        return OTHER;
    }

    /** The name itself when it is one of these, else {@link #OTHER}. */
    String find(String name) {
        return find(name, 0, name.length(), name.hashCode());
    }
}
