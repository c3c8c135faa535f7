package org.vigil.bench.game;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.vigil.game.host.EmbeddedGameHost;
import org.vigil.game.host.FrameCounts;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.GameSession;
import org.vigil.game.host.TrainingGames;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * Plays the game on the embedded host in a real JavaFX window of the game's size (JavaFX must have
 * started): the game's node alone in the scene, played by {@link ScriptedPlayer} through JavaFX key
 * events, warmed up, then measured by frame counts and process CPU time sampled at the start and end
 * of the measured seconds. The samples are totals, so nothing is timed per frame and the benchmark
 * adds only a pulse counter and a key every 200 ms to the work measured.
 */
final class EmbeddedRun {

    private static final long KEY_INTERVAL_MILLIS = 200;
    private static final long START_TIMEOUT_SECONDS = 60;

    private final GameBenchOptions options;
    private final TrainingGames games;
    private final GameRequest request;
    private final OperatingSystemMXBean os;

    EmbeddedRun(GameBenchOptions options, TrainingGames games, GameRequest request) {
        this.options = options;
        this.games = games;
        this.request = request;
        this.os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    }

    EmbeddedResult run() throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<String> glRenderer = new CompletableFuture<>();
        EmbeddedGameHost host =
                new EmbeddedGameHost(r -> new GlProbe(games.create(r), glRenderer), options.width(), options.height());
        StackPane root = new StackPane();
        Stage stage = FxThread.call(() -> {
            Stage window = new Stage();
            window.setTitle(new MessageCatalog().messages(Language.EN).text("app.title"));
            window.setScene(new Scene(root, options.width(), options.height()));
            window.show();
            return window;
        });
        PulseCounter pulses = new PulseCounter();
        GameSession session = host.start(request);
        try {
            Node view = session.view().orElseThrow(() -> new IllegalStateException("the embedded host gave no view"));
            FxThread.run(() -> {
                root.getChildren().add(view);
                view.requestFocus();
                pulses.start();
            });
            CompletableFuture.anyOf(glRenderer, session.result()).get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!glRenderer.isDone()) {
                throw new IllegalStateException("the game ended before it started");
            }
            FrameWindow window;
            try (ScriptedPlayer player = new ScriptedPlayer(view, KEY_INTERVAL_MILLIS)) {
                TimeUnit.SECONDS.sleep(options.warmupSeconds());
                FrameSample from = sample(session, pulses);
                TimeUnit.SECONDS.sleep(options.seconds());
                window = new FrameWindow(from, sample(session, pulses));
            }
            if (session.result().isDone()) {
                // a round that ended (or a loop that died) would leave the window idle: not a measurement
                throw new IllegalStateException("the game ended while it was measured", failure(session));
            }
            return new EmbeddedResult(window, glRenderer.getNow("?"));
        } finally {
            session.stop();
            waitUntilStopped(host);
            FxThread.run(() -> {
                pulses.stop();
                stage.close();
            });
        }
    }

    private FrameSample sample(GameSession session, PulseCounter pulses) {
        FrameCounts counts = session.frameCounts()
                .orElseThrow(() -> new IllegalStateException("the embedded host counts no frames"));
        return new FrameSample(
                System.nanoTime(), counts.rendered(), counts.shown(), pulses.pulses(), os.getProcessCpuTime());
    }

    private static Throwable failure(GameSession session) {
        try {
            session.result().getNow(null);
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    /** The LibGDX application must end before another may start in this JVM. */
    private static void waitUntilStopped(EmbeddedGameHost host) throws InterruptedException {
        for (int i = 0; i < 1_000 && host.isPlaying(); i++) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
