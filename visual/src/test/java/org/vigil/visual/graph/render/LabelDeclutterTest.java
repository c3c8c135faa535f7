package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelDeclutterTest {

    @Test
    void aLabelOverlappingATakenOneIsRefusedAndOthersAreTaken() {
        LabelDeclutter declutter = new LabelDeclutter();

        assertThat(declutter.offer(0, 0, 100, 14)).isTrue();
        // half covered: refused
        assertThat(declutter.offer(50, 0, 100, 14)).isFalse();
        // touching at a corner by a sliver: allowed
        assertThat(declutter.offer(95, 12, 100, 14)).isTrue();
        // side by side, running a few pixels into it: refused
        assertThat(declutter.offer(-105, 0, 110, 14)).isFalse();
        // far away, across bucket borders: taken
        assertThat(declutter.offer(500, 300, 140, 14)).isTrue();
    }

    @Test
    void clearingForgetsTheTakenLabels() {
        LabelDeclutter declutter = new LabelDeclutter();
        declutter.offer(0, 0, 100, 14);

        declutter.clear();

        assertThat(declutter.offer(0, 0, 100, 14)).isTrue();
    }
}
