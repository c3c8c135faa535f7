package org.vigil.core.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbered sets of facts (one side of the contexts a {@link ContextMemory} remembers), indexed by
 * fact so that crossing them with the facts of the moment touches only the sets that share one.
 */
final class FactSets {

    /** An int[] with value equality, to look a set up by its facts. */
    private record Key(int[] facts) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(facts, key.facts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(facts);
        }
    }

    private final List<int[]> sets = new ArrayList<>();
    private final Map<Key, Integer> ids = new HashMap<>();
    private final List<IntList> byFact = new ArrayList<>();
    private int[] sizes = new int[64];
    private int[] matched = new int[64];
    private final IntList crossed = new IntList(64);

    int size() {
        return sets.size();
    }

    int[] facts(int id) {
        return sets.get(id);
    }

    /** The id of the set with exactly these (sorted) facts, or -1. */
    int find(int[] facts) {
        Integer id = ids.get(new Key(facts));
        return id == null ? -1 : id;
    }

    /** Adds a set not yet known and returns its id. */
    int add(int[] facts) {
        int id = sets.size();
        sets.add(facts);
        ids.put(new Key(facts), id);
        for (int fact : facts) {
            while (byFact.size() <= fact) {
                byFact.add(null);
            }
            IntList holders = byFact.get(fact);
            if (holders == null) {
                holders = new IntList(2);
                byFact.set(fact, holders);
            }
            holders.add(id);
        }
        if (id >= matched.length) {
            matched = Arrays.copyOf(matched, matched.length * 2);
            sizes = Arrays.copyOf(sizes, sizes.length * 2);
        }
        sizes[id] = facts.length;
        return id;
    }

    /** Counts, for every set, how many of {@code facts} it holds; the sets holding any are then {@link #crossed()}. */
    void cross(int[] facts) {
        for (int i = 0; i < crossed.size(); i++) {
            matched[crossed.get(i)] = 0;
        }
        crossed.clear();
        for (int fact : facts) {
            IntList holders = fact < byFact.size() ? byFact.get(fact) : null;
            if (holders == null) {
                continue;
            }
            for (int i = 0; i < holders.size(); i++) {
                int id = holders.get(i);
                if (matched[id]++ == 0) {
                    crossed.add(id);
                }
            }
        }
    }

    /** The sets sharing a fact with the last crossing, in the order first met. */
    IntList crossed() {
        return crossed;
    }

    /** How many facts of the last crossing set {@code id} holds. */
    int matched(int id) {
        return matched[id];
    }

    boolean fullyMatched(int id) {
        return matched[id] == sizes[id];
    }

    /** How many facts set {@code id} has. */
    int size(int id) {
        return sizes[id];
    }

    /** The facts of set {@code id} that are marked in {@code present} (indexed by fact), sorted. */
    int[] matchedFacts(int id, boolean[] present) {
        int[] facts = sets.get(id);
        int[] common = new int[matched[id]];
        int n = 0;
        for (int i = 0; i < facts.length && n < common.length; i++) {
            int fact = facts[i];
            if (fact < present.length && present[fact]) {
                common[n++] = fact;
            }
        }
        return n == common.length ? common : Arrays.copyOf(common, n);
    }

    /** Roughly the bytes held: the sets, their lookup and the index. */
    long bytes() {
        long total = 0;
        for (int[] facts : sets) {
            // the array, its key record and the map entry
            total += 16 + 4L * facts.length + 16 + 48;
        }
        for (IntList holders : byFact) {
            total += holders == null ? 4 : holders.bytes();
        }
        return total + 8L * matched.length + crossed.bytes();
    }

    void write(StateWriter out) {
        out.writeInt(sets.size());
        for (int[] facts : sets) {
            out.writeInts(facts, facts.length);
        }
    }

    /** Reads the sets back; the lookup and the index are rebuilt in id order, as they were built. */
    static FactSets read(StateReader in) {
        FactSets sets = new FactSets();
        int count = in.readLength();
        for (int i = 0; i < count; i++) {
            sets.add(in.readInts());
        }
        return sets;
    }
}
