package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contextual detector's lookups over its fact sets give what checking every set would: the sets a
 * group of facts holds fully, and the flagged sets met in the order a full crossing meets them.
 */
class FactSetsTest {

    @Test
    void theSetsAGroupHoldsFullyAreFoundThroughTheirAnchors() {
        // given sets like the detector's left sides: a few common facts and some rarer ones
        Random random = new Random(11);
        FactSets sets = new FactSets();
        List<int[]> added = addRandomSets(sets, random, 2_000);

        for (int trial = 0; trial < 300; trial++) {
            // when a group of facts is looked up
            int[] group = randomSet(random, 3 + random.nextInt(16));
            IntList found = new IntList();
            sets.containedIn(group, found);

            // then exactly the sets whose facts are all in the group are found, each once
            TreeSet<Integer> expected = new TreeSet<>();
            for (int id = 0; id < added.size(); id++) {
                if (holdsAll(group, added.get(id))) {
                    expected.add(id);
                }
            }
            assertThat(sorted(found)).as("group %s", Arrays.toString(group)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void crossingTheFlaggedSetsMeetsThemInTheOrderOfAFullCrossing() {
        // given sets of which some are flagged, not in the order they were added
        Random random = new Random(12);
        FactSets sets = new FactSets();
        List<int[]> added = addRandomSets(sets, random, 1_000);
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < added.size(); id++) {
            ids.add(id);
        }
        java.util.Collections.shuffle(ids, random);
        for (int id : ids.subList(0, 400)) {
            sets.flag(id);
        }

        for (int trial = 0; trial < 100; trial++) {
            int[] group = randomSet(random, 3 + random.nextInt(16));
            // when the group is crossed with all sets, and with the flagged ones only
            sets.cross(group);
            List<int[]> full = new ArrayList<>();
            for (int i = 0; i < sets.crossed().size(); i++) {
                int id = sets.crossed().get(i);
                if (sets.isFlagged(id)) {
                    full.add(new int[] {id, sets.matched(id)});
                }
            }
            sets.crossFlagged(group);
            List<int[]> flagged = new ArrayList<>();
            for (int i = 0; i < sets.crossed().size(); i++) {
                int id = sets.crossed().get(i);
                flagged.add(new int[] {id, sets.matched(id)});
            }

            // then the flagged sets come in the same order with the same counts
            assertThat(flagged).usingElementComparator(Arrays::compare).containsExactlyElementsOf(full);
        }
    }

    private static List<int[]> addRandomSets(FactSets sets, Random random, int count) {
        List<int[]> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int[] facts = randomSet(random, 1 + random.nextInt(12));
            if (sets.find(facts) < 0) {
                assertThat(sets.add(facts)).isEqualTo(added.size());
                added.add(facts);
            }
        }
        return added;
    }

    /** Sorted distinct facts: low ones (0-5, like a value's) often, higher ones (like neurons) rarely. */
    private static int[] randomSet(Random random, int size) {
        TreeSet<Integer> facts = new TreeSet<>();
        while (facts.size() < size) {
            facts.add(random.nextInt(3) == 0 ? random.nextInt(6) : 6 + random.nextInt(60));
        }
        return facts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean holdsAll(int[] group, int[] set) {
        for (int fact : set) {
            if (Arrays.binarySearch(group, fact) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> sorted(IntList list) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            values.add(list.get(i));
        }
        values.sort(null);
        return values;
    }
}
