package org.vigil.bench.game;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Plays Inbox Triage through the JavaFX node as a keyboard player would, a key every {@code
 * intervalMillis}: down the email's parts, flagging and unflagging two of them, and back up. The
 * cycle leaves the round where it began and never gives a verdict, so the round never ends however
 * long the benchmark plays (after the email's time runs out it shows the feedback, and the keys
 * scroll it).
 */
final class ScriptedPlayer implements AutoCloseable {

    static final List<KeyCode> CYCLE =
            List.of(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE, KeyCode.UP, KeyCode.SPACE, KeyCode.UP);

    private final ScheduledExecutorService keys = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "bench-game-keys");
        thread.setDaemon(true);
        return thread;
    });
    private int next;

    ScriptedPlayer(Node view, long intervalMillis) {
        keys.scheduleAtFixedRate(
                () -> {
                    KeyCode code = CYCLE.get(next);
                    next = (next + 1) % CYCLE.size();
                    Platform.runLater(() -> press(view, code));
                },
                intervalMillis,
                intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    private static void press(Node view, KeyCode code) {
        view.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
        view.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
    }

    @Override
    public void close() {
        keys.shutdownNow();
    }
}
