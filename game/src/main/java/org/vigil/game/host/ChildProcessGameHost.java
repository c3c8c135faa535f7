package org.vigil.game.host;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.vigil.core.training.PlayResult;

/**
 * Plays each game in a child JVM running {@link GameLauncher}, in a window of its own: the default on
 * macOS (where GLFW and JavaFX both want the first thread) and the fallback where the embedded host
 * cannot start. GL or driver crashes stay in the child. The result is the one {@link ResultLine} the
 * child prints; narration lines pass on to listeners.
 */
public final class ChildProcessGameHost implements GameHost {

    private final Path java;
    private final String classPath;
    private final List<String> extraArguments;

    /**
     * @param java the java executable (jpackage images leave it out: there, a second launcher)
     * @param classPath the class path holding the game module and its dependencies
     * @param extraArguments launcher arguments added to every start, such as {@code --headless --script ...}
     */
    public ChildProcessGameHost(Path java, String classPath, List<String> extraArguments) {
        this.java = java;
        this.classPath = classPath;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** The host for this JVM's own java and class path. */
    public static ChildProcessGameHost ofThisJvm() {
        return new ChildProcessGameHost(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"),
                List.of());
    }

    @Override
    public GameSession start(GameRequest request) {
        // C1 alone: a round is minutes of light drawing, and the optimising compiler's work in the
        // first second costs more start time (measured: 1.6 s to the first frame, 1.1 s without it)
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp", classPath));
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            command.add("-XstartOnFirstThread"); // GLFW must own the first thread on macOS
        }
        command.add(GameLauncher.class.getName());
        command.addAll(arguments(request));
        command.addAll(extraArguments);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new ChildSession(process);
        } catch (IOException e) {
            throw new GameHostException("cannot start the game process " + java, e);
        }
    }

    static List<String> arguments(GameRequest request) {
        List<String> args = new ArrayList<>(List.of(
                "--module", request.module().id(),
                "--difficulty", request.difficulty().name(),
                "--language", request.languageTag(),
                "--participant", request.participant()));
        request.seed().ifPresent(seed -> args.addAll(List.of("--seed", Long.toString(seed))));
        if (!request.items().isEmpty()) {
            args.addAll(List.of("--items", String.join(",", request.items())));
        }
        return args;
    }

    /** A running child: one thread reads its stdout until it ends. */
    private static final class ChildSession implements GameSession {

        private final Process process;
        private final Narration narration = new Narration();
        private final CompletableFuture<PlayResult> result = new CompletableFuture<>();
        private final ResultLine lines = new ResultLine();

        ChildSession(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "vigil-game-child-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.parseNarration(line).ifPresent(narration::tell);
                    Optional<PlayResult> play = lines.parseResult(line);
                    play.ifPresent(result::complete);
                }
                int exit = process.waitFor();
                result.completeExceptionally(
                        new GameHostException("the game process ended without a result, exit code " + exit));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(new GameHostException("cannot read the game process", e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            }
        }

        @Override
        public Optional<Node> view() {
            return Optional.empty();
        }

        @Override
        public CompletableFuture<PlayResult> result() {
            return result;
        }

        @Override
        public void onNarration(Consumer<String> listener) {
            narration.listen(listener);
        }

        @Override
        public void stop() {
            result.completeExceptionally(new CancellationException("stopped"));
            process.destroy();
        }
    }
}
