package org.vigil.visual.graph.render;

/** A direction on screen for moving the selection with the arrow keys (y grows downwards). */
enum Direction {
    UP(0, -1),
    DOWN(0, 1),
    LEFT(-1, 0),
    RIGHT(1, 0);

    final int dx;
    final int dy;

    Direction(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }
}
