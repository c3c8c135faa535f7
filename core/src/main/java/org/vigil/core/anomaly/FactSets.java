package org.vigil.core.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbered sets of facts (one side of the contexts a {@link ContextMemory} remembers), indexed by
 * fact so that crossing them with the facts of the moment touches only the sets that share one.
 *
 * <p>Each set is also filed under one anchor, its fact held by the fewest sets when it was added:
 * the sets contained in a group of facts are then found by checking only the sets anchored at the
 * group's facts, not the hundreds that share a common fact with it.
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
    private final List<IntList> byAnchor = new ArrayList<>();
    /** The flagged sets by fact, in id order: a subset of {@link #byFact} that can be crossed alone. */
    private final List<IntList> flaggedByFact = new ArrayList<>();

    private boolean[] flagged = new boolean[64];
    /** Scratch for {@link #containedIn}: the facts of the group marked with the current mark. */
    private int[] marks = new int[64];

    private int mark;
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
        int anchor = -1;
        int fewest = Integer.MAX_VALUE;
        for (int fact : facts) {
            IntList holders = listAt(byFact, fact);
            holders.add(id);
            if (holders.size() < fewest) {
                fewest = holders.size();
                anchor = fact;
            }
        }
        if (anchor >= 0) {
            listAt(byAnchor, anchor).add(id);
        }
        if (id >= matched.length) {
            matched = Arrays.copyOf(matched, matched.length * 2);
            sizes = Arrays.copyOf(sizes, sizes.length * 2);
            flagged = Arrays.copyOf(flagged, flagged.length * 2);
        }
        sizes[id] = facts.length;
        return id;
    }

    private static IntList listAt(List<IntList> index, int fact) {
        while (index.size() <= fact) {
            index.add(null);
        }
        IntList list = index.get(fact);
        if (list == null) {
            list = new IntList(2);
            index.set(fact, list);
        }
        return list;
    }

    /** Puts the sets all of whose facts are among {@code group}'s (distinct facts) into {@code contained}. */
    void containedIn(int[] group, IntList contained) {
        contained.clear();
        if (++mark == Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            mark = 1;
        }
        for (int fact : group) {
            if (fact >= marks.length) {
                marks = Arrays.copyOf(marks, Math.max(fact + 1, 2 * marks.length));
            }
            marks[fact] = mark;
        }
        for (int fact : group) {
            IntList anchored = fact < byAnchor.size() ? byAnchor.get(fact) : null;
            if (anchored == null) {
                continue;
            }
            for (int i = 0; i < anchored.size(); i++) {
                int id = anchored.get(i);
                if (allMarked(sets.get(id))) {
                    contained.add(id);
                }
            }
        }
    }

    /** Checks the largest facts first: sets are sorted, and their rare facts come last. */
    private boolean allMarked(int[] facts) {
        for (int i = facts.length - 1; i >= 0; i--) {
            int fact = facts[i];
            if (fact >= marks.length || marks[fact] != mark) {
                return false;
            }
        }
        return true;
    }

    /**
     * Flags set {@code id} (once is enough), so that {@link #crossFlagged} counts it: a few sets matter
     * when crossing, and crossing only them skips the many others.
     */
    void flag(int id) {
        if (flagged[id]) {
            return;
        }
        flagged[id] = true;
        for (int fact : sets.get(id)) {
            listAt(flaggedByFact, fact).insertSorted(id);
        }
    }

    boolean isFlagged(int id) {
        return flagged[id];
    }

    /** Counts, for every set, how many of {@code facts} it holds; the sets holding any are then {@link #crossed()}. */
    void cross(int[] facts) {
        cross(facts, byFact);
    }

    /** As {@link #cross}, for the flagged sets only; they are met in the order {@link #cross} meets them. */
    void crossFlagged(int[] facts) {
        cross(facts, flaggedByFact);
    }

    private void cross(int[] facts, List<IntList> index) {
        for (int i = 0; i < crossed.size(); i++) {
            matched[crossed.get(i)] = 0;
        }
        crossed.clear();
        for (int fact : facts) {
            IntList holders = fact < index.size() ? index.get(fact) : null;
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
        for (IntList anchored : byAnchor) {
            total += anchored == null ? 4 : anchored.bytes();
        }
        for (IntList holders : flaggedByFact) {
            total += holders == null ? 4 : holders.bytes();
        }
        return total + 9L * matched.length + 4L * marks.length + crossed.bytes();
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
