package org.vigil.visual.graph.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.visual.graph.render.TestScenes.node;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionalNavigationTest {

    // A plus-shaped neighbourhood round "c", with decoys.
    private final SceneIndex index = new SceneIndex(
            TestScenes.of(
                    List.of(
                            node("c", 100, 100, 5),
                            node("right-near", 140, 104, 5),
                            node("right-far", 300, 100, 5),
                            node("right-closer-but-aside", 120, 150, 5),
                            node("up", 100, 20, 5),
                            node("left", 10, 90, 5),
                            node("down", 95, 180, 5)),
                    400,
                    400),
            new GraphStyle());
    private final DirectionalNavigation navigation = new DirectionalNavigation();

    @Test
    void arrowsPickTheNearestNodeInTheirDirection() {
        assertThat(next("c", Direction.RIGHT)).isEqualTo("right-near");
        assertThat(next("c", Direction.UP)).isEqualTo("up");
        assertThat(next("c", Direction.LEFT)).isEqualTo("left");
        assertThat(next("c", Direction.DOWN)).isEqualTo("right-closer-but-aside");
        assertThat(next("right-near", Direction.RIGHT)).isEqualTo("right-far");
    }

    @Test
    void aNodeFarOffToTheSideBelongsToAnotherArrow() {
        // "right-closer-but-aside" is 50 down and 20 right of c: more down than right
        assertThat(next("c", Direction.RIGHT)).isNotEqualTo("right-closer-but-aside");
        // and a lone node well below another is not reached with the right arrow
        SceneIndex two = new SceneIndex(
                TestScenes.of(List.of(node("a", 0, 0, 5), node("b", 10, 100, 5)), 100, 100), new GraphStyle());
        assertThat(navigation.next(two, 0, Direction.RIGHT, 0, 0)).isEqualTo(-1);
        assertThat(navigation.next(two, 0, Direction.DOWN, 0, 0)).isEqualTo(1);
    }

    @Test
    void withoutASelectionTheNodeNearestTheViewCentreIsTaken() {
        int picked = navigation.next(index, -1, Direction.RIGHT, 290, 110);

        assertThat(index.node(picked).id()).isEqualTo("right-far");
    }

    private String next(String from, Direction direction) {
        int i = navigation.next(index, index.indexOf(from), direction, 0, 0);
        return i < 0 ? null : index.node(i).id();
    }
}
