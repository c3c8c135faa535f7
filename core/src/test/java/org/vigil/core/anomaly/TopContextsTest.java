package org.vigil.core.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The next step's neurons are the most often confirmed active contexts, the newest among equals. */
class TopContextsTest {

    @Test
    void keepsTheMostConfirmedAndAmongEqualsTheNewest() {
        Random random = new Random(5);
        TopContexts top = new TopContexts(15);
        for (int step = 0; step < 200; step++) {
            // given a step's active contexts, many with equal counts
            top.clear();
            List<int[]> offered = new ArrayList<>();
            int count = random.nextInt(400);
            for (int i = 0; i < count; i++) {
                int id = random.nextInt(4_000);
                int activations = random.nextInt(8);
                if (offered.stream().noneMatch(o -> o[0] == id)) {
                    offered.add(new int[] {id, activations});
                    top.offer(id, activations);
                }
            }

            // then all are counted and the best fifteen kept, as a full sort would pick them
            int[] expected = offered.stream()
                    .sorted(Comparator.<int[]>comparingInt(o -> o[1])
                            .thenComparingInt(o -> o[0])
                            .reversed())
                    .limit(15)
                    .mapToInt(o -> o[0])
                    .sorted()
                    .toArray();
            int[] best = top.best();
            Arrays.sort(best);
            assertThat(top.size()).isEqualTo(offered.size());
            assertThat(best).containsExactly(expected);
        }
    }

    @Test
    void keepsNothingWhenNoNeuronsAreWanted() {
        TopContexts none = new TopContexts(0);
        none.offer(3, 9);
        assertThat(none.size()).isEqualTo(1);
        assertThat(none.best()).isEmpty();
    }
}
