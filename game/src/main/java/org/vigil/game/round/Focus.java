package org.vigil.game.round;

/** Which of a list of choices (parts, options, replies) the arrow keys are on; it wraps around. */
public final class Focus {

    private int index;

    public int index() {
        return index;
    }

    /** Moves on, after the last to the first; nothing to move over without choices. */
    public void next(int count) {
        if (count > 0) {
            index = (index + 1) % count;
        }
    }

    public void previous(int count) {
        if (count > 0) {
            index = (index + count - 1) % count;
        }
    }

    public void set(int index) {
        this.index = index;
    }

    /** Back to the first choice, as a new item starts. */
    public void reset() {
        index = 0;
    }
}
