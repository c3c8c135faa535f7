package org.vigil.game.host;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.vigil.content.awareness.AwarenessReader;
import org.vigil.content.awareness.ShippedAwareness;
import org.vigil.core.training.Difficulty;
import org.vigil.core.training.PlayResult;
import org.vigil.core.training.TrainingModule;
import org.vigil.game.ShippedTrainingGames;
import org.vigil.i18n.Language;
import org.vigil.i18n.MessageCatalog;

/**
 * Plays one round in a process of its own and prints its narration and result on stdout in the
 * {@link ResultLine} format; the child-process host starts it. Arguments:
 *
 * <pre>
 * --module inbox-triage --difficulty EASY|MEDIUM|HARD --language en --participant P-0042
 * [--seed 7] [--items id,id,...] [--scale 1.0] [--size 1280x720]
 * [--headless --script "Tab, Space, P, N, ..."]   no window: plays the script, for tests and CI
 * [--first-frame PATH]   windowed only: writes the instant its first frame was on screen to PATH
 *                        (ISO-8601, one line, the file appearing whole), for bench/game
 * </pre>
 *
 * Exit code 0 with a result, 1 when the game ended without one (window closed early), 2 for bad
 * arguments. Not a JavaFX {@code Application}, so it starts with JavaFX on the class path too.
 */
public final class GameLauncher {

    private GameLauncher() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Map<String, String> options;
        GameRequest request;
        try {
            options = options(args);
            request = request(options);
        } catch (IllegalArgumentException e) {
            System.err.println("vigil game launcher: " + e.getMessage());
            System.exit(2);
            return;
        }
        float scale = Float.parseFloat(options.getOrDefault("scale", "1"));
        MessageCatalog catalog = new MessageCatalog();
        ShippedAwareness awareness = new ShippedAwareness(new AwarenessReader());
        // a dealt round reads its own items only: the whole library takes seconds to read and check
        TrainingGames games = new ShippedTrainingGames(
                () -> request.items().isEmpty() ? awareness.load() : awareness.loadOnly(new HashSet<>(request.items())),
                catalog,
                InstantSource.system(),
                scale);
        ResultLine lines = new ResultLine();
        Function<TrainingGame, TrainingGame> narrated = game -> {
            game.onNarration(line -> out.println(lines.narration(line)));
            return game;
        };
        PlayResult result;
        if (options.containsKey("headless")) {
            result = headless(narrated.apply(games.create(request)), options.getOrDefault("script", ""));
        } else {
            // the round's content is read while the window opens, not before
            CompletableFuture<TrainingGame> made =
                    CompletableFuture.supplyAsync(() -> narrated.apply(games.create(request)));
            result = windowed(
                    made,
                    catalog.messages(Language.forLocale(Locale.forLanguageTag(request.languageTag())))
                            .text("app.title"),
                    options.getOrDefault("size", "1280x720"),
                    firstFrameSignal(options));
        }
        if (result == null) {
            System.exit(1);
            return;
        }
        out.println(lines.format(result));
        System.exit(0);
    }

    private static PlayResult headless(TrainingGame game, String script) {
        try (HeadlessGameRunner runner = new HeadlessGameRunner(game)) {
            runner.play(script);
            return game.result().isDone() ? game.result().join() : null;
        }
    }

    private static PlayResult windowed(
            CompletableFuture<TrainingGame> made, String title, String size, Runnable afterFirstFrame) {
        String[] wh = size.split("x");
        Lwjgl3ApplicationConfiguration config = new Lwjgl3ApplicationConfiguration();
        config.setTitle(title);
        config.setWindowedMode(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        config.setForegroundFPS(60);
        config.disableAudio(true);
        // the game's result closes the window a moment later, leaving its summary on screen briefly
        made.thenAccept(game ->
                game.result().thenRun(() -> new Thread(GameLauncher::exitSoon, "vigil-game-exit").start()));
        new Lwjgl3Application(new WindowedGame(made::join, afterFirstFrame), config);
        TrainingGame game = made.getNow(null);
        return game != null && game.result().isDone() ? game.result().join() : null;
    }

    /** What --first-frame asks for once the first frame is shown: nothing without it. */
    private static Runnable firstFrameSignal(Map<String, String> options) {
        if (!options.containsKey("first-frame")) {
            return () -> {};
        }
        Path target = Path.of(options.get("first-frame"));
        return () -> {
            String shownAt = Instant.now().toString();
            try {
                // written aside then moved, so a reader polling for the file never sees half of it
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                Files.writeString(partial, shownAt + System.lineSeparator(), StandardCharsets.UTF_8);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                System.err.println("vigil game launcher: cannot write the first frame's time: " + e);
            }
        };
    }

    private static void exitSoon() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Gdx.app.postRunnable(() -> Gdx.app.exit());
    }

    static GameRequest request(Map<String, String> options) {
        GameRequest request = GameRequest.of(
                TrainingModule.ofId(required(options, "module")),
                Difficulty.valueOf(required(options, "difficulty")),
                required(options, "language"),
                required(options, "participant"));
        if (options.containsKey("seed")) {
            request = request.withSeed(Long.parseLong(options.get("seed")));
        }
        if (options.containsKey("items")) {
            request = request.withItems(Arrays.asList(options.get("items").split(",")));
        }
        return request;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> flags = List.of("headless");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
