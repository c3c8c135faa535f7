package org.vigil.visual.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nodes dragged by hand, with undo and redo. */
class ManualMovesTest {

    private final ManualMoves moves = new ManualMoves();

    @Test
    void undoPutsANodeBackWhereItWasAndRedoMovesItAgain() {
        // given a node dragged twice
        moves.record(new ManualMoves.Move("web-01", new Point(10, 10), new Point(50, 60)));
        moves.record(new ManualMoves.Move("web-01", new Point(50, 60), new Point(80, 90)));

        // when / then
        assertThat(moves.positions()).isEqualTo(Map.of("web-01", new Point(80, 90)));
        assertThat(moves.undo()).isTrue();
        assertThat(moves.positions()).isEqualTo(Map.of("web-01", new Point(50, 60)));
        assertThat(moves.undo()).isTrue();
        assertThat(moves.positions()).as("back to the layout's place").isEmpty();
        assertThat(moves.undo()).isFalse();
        assertThat(moves.redo()).isTrue();
        assertThat(moves.positions()).isEqualTo(Map.of("web-01", new Point(50, 60)));
        assertThat(moves.canRedo()).isTrue();
    }

    @Test
    void aNewMoveForgetsWhatWasUndone() {
        moves.record(new ManualMoves.Move("web-01", new Point(0, 0), new Point(5, 5)));
        moves.undo();

        moves.record(new ManualMoves.Move("web-02", new Point(0, 0), new Point(7, 7)));

        assertThat(moves.canRedo()).isFalse();
        assertThat(moves.redo()).isFalse();
        assertThat(moves.positions()).isEqualTo(Map.of("web-02", new Point(7, 7)));
    }
}
