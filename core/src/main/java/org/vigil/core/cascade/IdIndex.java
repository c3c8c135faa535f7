package org.vigil.core.cascade;

/**
 * Asset ids to their positions, by open addressing on primitive arrays: a million-asset graph
 * needs no million boxed integers and map entries.
 */
final class IdIndex {

    private final String[] keys;
    private final int[] values;
    private final int mask;

    /** Indexes {@code ids[0..count)}; refuses a repeated id. */
    IdIndex(String[] ids, int count) {
        int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < count; i++) {
            int slot = slotOf(ids[i]);
            if (keys[slot] != null) {
                throw new IllegalArgumentException("asset '" + ids[i] + "' added twice");
            }
            keys[slot] = ids[i];
            values[slot] = i;
        }
    }

    /** The position of {@code id}, or -1. */
    int indexOf(String id) {
        int slot = slotOf(id);
        return keys[slot] == null ? -1 : values[slot];
    }

    private int slotOf(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        int slot = (h ^ (h >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
