package org.vigil.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PairSetTest {

    @Test
    void aPairIsNewOnceAndItsReverseIsADifferentPair() {
        // given
        PairSet pairs = new PairSet();

        // then
        assertThat(pairs.add(1, 2)).isTrue();
        assertThat(pairs.add(1, 2)).isFalse();
        assertThat(pairs.add(2, 1)).isTrue();
        assertThat(pairs.add(0, 1)).isTrue();
        assertThat(pairs.add(1, 0)).isTrue();
    }

    @Test
    void itKeepsEveryPairWhileGrowing() {
        // given
        PairSet pairs = new PairSet();

        // when
        for (int i = 0; i < 100_000; i++) {
            pairs.add(i, i + 1);
        }

        // then
        assertThat(pairs.size()).isEqualTo(100_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(pairs.add(i, i + 1)).isFalse();
        }
        assertThat(pairs.add(100_000, 0)).isTrue();
    }
}
