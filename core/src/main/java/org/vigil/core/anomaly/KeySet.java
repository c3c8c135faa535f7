package org.vigil.core.anomaly;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A bounded set of 64-bit fingerprints of texts (event ids, addresses, domains), kept in the order
 * added so that saving and restoring it gives the same bytes. When full it takes nothing more.
 */
final class KeySet {

    private final int capacity;
    private final Set<Long> keys = new LinkedHashSet<>();

    KeySet(int capacity) {
        this.capacity = capacity;
    }

    /** A 64-bit FNV-1a fingerprint: collisions among a few thousand texts are vanishingly rare. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** Adds the key; false when it was there already or the set is full. */
    boolean add(long key) {
        return keys.size() < capacity && keys.add(key);
    }

    boolean contains(long key) {
        return keys.contains(key);
    }

    int size() {
        return keys.size();
    }

    boolean isFull() {
        return keys.size() >= capacity;
    }

    void clear() {
        keys.clear();
    }

    void write(StateWriter out) {
        out.writeInt(keys.size());
        for (long key : keys) {
            out.writeLong(key);
        }
    }

    static KeySet read(int capacity, StateReader in) {
        KeySet set = new KeySet(capacity);
        int size = in.readLength();
        if (size > capacity) {
            throw new IllegalArgumentException("stream state has " + size + " keys, more than " + capacity);
        }
        for (int i = 0; i < size; i++) {
            set.keys.add(in.readLong());
        }
        return set;
    }
}
