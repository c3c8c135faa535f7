package org.vigil.game.host;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The lines a game narrates for screen readers, handed to every listener; a listener that joins late
 * hears the current line first, so a side panel never starts empty.
 */
public final class Narration {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private volatile String current = "";

    public void tell(String line) {
        current = line;
        listeners.forEach(listener -> listener.accept(line));
    }

    public void listen(Consumer<String> listener) {
        listeners.add(listener);
        if (!current.isEmpty()) {
            listener.accept(current);
        }
    }

    public String current() {
        return current;
    }
}
