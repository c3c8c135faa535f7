package org.vigil.game.round;

import java.util.List;
import java.util.function.ToIntFunction;

/** The items of a round in the order they are played, and which one is being played. */
public final class RoundItems<T> {

    private final List<T> items;
    private int position;

    /** @param emptyMessage why a round without items is refused, in the module's words */
    public RoundItems(List<T> items, String emptyMessage) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(emptyMessage);
        }
        this.items = List.copyOf(items);
    }

    public T current() {
        return items.get(position);
    }

    /** The item at a place, from 0. */
    public T get(int index) {
        return items.get(index);
    }

    /** The current item's place, from 0. */
    public int position() {
        return position;
    }

    public int size() {
        return items.size();
    }

    public List<T> all() {
        return items;
    }

    /** A sum over every item, such as the most points the round can earn. */
    public int sum(ToIntFunction<T> value) {
        return items.stream().mapToInt(value).sum();
    }

    /**
     * Moves on to the next item and starts its time, or stops the round's clock after the last one.
     * Returns whether there was a next item.
     */
    public boolean advance(RoundClock clock) {
        if (position + 1 < items.size()) {
            position++;
            clock.show();
            return true;
        }
        clock.finish();
        return false;
    }
}
