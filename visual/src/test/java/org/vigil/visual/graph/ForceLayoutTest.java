package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Scenario;

/** GraphStream's SpringBox on the real pilots. */
class ForceLayoutTest {

    private final Scenario bank = GraphFixture.pilot("bank-payments");
    private final VisibleGraph graph = VisibleGraph.of(bank, Collapsing.at(DetailLevel.ASSET, bank), a -> true);

    @Test
    void finishesWithAFinitePlaceForEveryNodeAndReportsItsProgress() {
        // given
        AtomicInteger reports = new AtomicInteger();
        double[] last = {0};
        LayoutProgress progress = new LayoutProgress() {
            @Override
            public void reported(double fraction) {
                reports.incrementAndGet();
                last[0] = fraction;
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        // when
        Placement placement = new ForceLayout().place(graph, LayeredLayoutTest.organisations(bank), progress);

        // then
        assertThat(placement.positions()).hasSize(graph.nodes().size());
        placement.positions().values().forEach(p -> {
            assertThat(p.x()).isFinite().isBetween(0.0, placement.width());
            assertThat(p.y()).isFinite().isBetween(0.0, placement.height());
        });
        assertThat(placement.positions().values()).doesNotHaveDuplicates();
        assertThat(placement.bands()).isEmpty();
        assertThat(reports.get()).isPositive();
        assertThat(last[0]).isEqualTo(1.0);
    }

    @Test
    void stopsWhenCancelled() {
        // given a progress that asks to stop after three steps
        AtomicInteger steps = new AtomicInteger();
        LayoutProgress cancelling = new LayoutProgress() {
            @Override
            public void reported(double fraction) {
                steps.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return steps.get() >= 3;
            }
        };

        // when / then
        assertThatThrownBy(() ->
                        new ForceLayout(10_000, 1).place(graph, LayeredLayoutTest.organisations(bank), cancelling))
                .isInstanceOf(CancellationException.class);
        assertThat(steps.get()).isEqualTo(3);
    }

    @Test
    void theSameGraphGetsTheSamePicture() {
        Placement first = new ForceLayout().place(graph, LayeredLayoutTest.organisations(bank), LayoutProgress.NONE);
        Placement second = new ForceLayout().place(graph, LayeredLayoutTest.organisations(bank), LayoutProgress.NONE);

        assertThat(second.positions()).isEqualTo(first.positions());
    }
}
