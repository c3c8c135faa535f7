package org.vigil.bench.game;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.ShippedTrainingGames;
import org.vigil.game.host.GameRequest;
import org.vigil.i18n.MessageCatalog;

/**
 * The training games' hosts against the targets (issue 7, Performance), on the current
 * display: the embedded host showing Inbox Triage in a real JavaFX window ({@link EmbeddedRun}:
 * frames rendered and shown per second, process CPU per shown frame) and the child-process host's
 * time from start to first frame ({@link ChildLaunches}, median of several launches). Meant for
 * software GL (Mesa llvmpipe) under Xvfb and JavaFX's software pipeline; see {@code bench/game}.
 *
 * <pre>
 * GameBenchmark [--seconds 20] [--warmup 5] [--launches 5] [--size 1280x720] [--skip-embedded] [--skip-child]
 * </pre>
 *
 * Exit code 2 for bad options, 1 if JavaFX or a game cannot start or a game ends while measured.
 */
public final class GameBenchmark {

    /** The same round each time: English, easy (90 s an email), a fixed draw. */
    private static final GameRequest REQUEST = GameRequest.of(
                    TrainingModule.INBOX_TRIAGE, Difficulty.EASY, "en", "P-BENCH")
            .withSeed(7);

    private GameBenchmark() {}

    public static void main(String[] args) throws Exception {
        GameBenchOptions options;
        try {
            options = GameBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(GameBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int status = 1;
        try {
            run(options, out);
            status = 0;
        } finally {
            // JavaFX's and LibGDX's threads would keep the JVM alive after a failure too
            System.exit(status);
        }
    }

    private static void run(GameBenchOptions options, PrintStream out) throws Exception {
        if (!options.skipEmbedded()) {
            // before the machine line: JavaFX sets its version property when it starts
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(1, TimeUnit.MINUTES);
            Platform.setImplicitExit(false);
        }
        out.println(machine());
        GameReport report = new GameReport(out);
        ShippedTrainingGames games = new ShippedTrainingGames(
                new ShippedAwareness(new AwarenessReader()).load(), new MessageCatalog(), InstantSource.system(), 1f);
        // dealt here as the window deals it, so a child reads only the round's items
        GameRequest request = games.dealt(REQUEST);
        EmbeddedResult embedded = null;
        if (!options.skipEmbedded()) {
            embedded = new EmbeddedRun(options, games, request).run();
        }
        FirstFrameTimes firstFrames = null;
        if (!options.skipChild()) {
            Path folder = Files.createTempDirectory("vigil-bench-game");
            try {
                firstFrames = new ChildLaunches(options, request, folder).run();
            } finally {
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(folder);
            }
        }
        out.println();
        if (embedded != null) {
            out.printf(
                    Locale.ROOT,
                    "Embedded: Inbox Triage %dx%d, GL %s; %d s measured after %d s warm-up, a key every 200 ms%n",
                    options.width(),
                    options.height(),
                    embedded.glRenderer(),
                    options.seconds(),
                    options.warmupSeconds());
        }
        out.println();
        report.header();
        if (embedded != null) {
            report.embedded(embedded);
        }
        if (firstFrames != null) {
            report.child(firstFrames);
            out.println();
            out.println("child launches, start to first frame (s): "
                    + firstFrames.times().stream()
                            .map(d -> String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9))
                            .toList());
        }
        out.printf(
                Locale.ROOT,
                "load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (embedded != null) {
            Platform.exit();
        }
    }

    private static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(
                Locale.ROOT,
                "Java %s, JavaFX %s, prism %s, DISPLAY %s, %d processors, load average %.2f, max heap %,d MiB",
                System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"),
                System.getProperty("prism.order", "default"),
                System.getenv("DISPLAY"),
                rt.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                rt.maxMemory() / (1024 * 1024));
    }
}
