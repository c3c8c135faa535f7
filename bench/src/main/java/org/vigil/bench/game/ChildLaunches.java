package org.vigil.bench.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.vigil.game.host.ChildProcessGameHost;
import org.vigil.game.host.GameRequest;
import org.vigil.game.host.GameSession;

/**
 * Times the child-process host from {@code start} to the child's first frame on screen, one launch
 * after another: the host as the workstation makes it (this JVM's java and class path) plus the
 * launcher's {@code --first-frame} option, with which the child writes the instant of its first frame
 * to a file. Both processes read the same wall clock, so the time includes the child JVM's start,
 * loading the awareness content, the window and the first frame. The benchmark only polls for the
 * file; the instant in it does not depend on how often. Each child is stopped and waited for before
 * the next starts.
 */
final class ChildLaunches {

    private static final Duration FIRST_FRAME_TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 5;

    private final GameBenchOptions options;
    private final GameRequest request;
    private final Path folder;

    ChildLaunches(GameBenchOptions options, GameRequest request, Path folder) {
        this.options = options;
        this.request = request;
        this.folder = folder;
    }

    FirstFrameTimes run() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        List<Duration> times = new ArrayList<>();
        for (int launch = 1; launch <= options.launches(); launch++) {
            times.add(launch(folder.resolve("first-frame-" + launch + ".txt")));
        }
        return new FirstFrameTimes(times);
    }

    private Duration launch(Path signal)
            throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Files.deleteIfExists(signal);
        ChildProcessGameHost host = new ChildProcessGameHost(
                Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"),
                List.of("--first-frame", signal.toString(), "--size", options.width() + "x" + options.height()));
        Set<Long> before = childPids();
        Instant started = Instant.now();
        GameSession session = host.start(request);
        try {
            return Duration.between(started, awaitFirstFrame(signal, session));
        } finally {
            List<ProcessHandle> children = ProcessHandle.current()
                    .children()
                    .filter(child -> !before.contains(child.pid()))
                    .toList();
            session.stop();
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Instant awaitFirstFrame(Path signal, GameSession session) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FIRST_FRAME_TIMEOUT.toNanos();
        while (!Files.exists(signal)) {
            if (session.result().isDone()) {
                throw new IllegalStateException("the game process ended before its first frame");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no first frame within " + FIRST_FRAME_TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
        return shownAt(Files.readString(signal, StandardCharsets.UTF_8));
    }

    /** The instant a launcher's {@code --first-frame} file holds: one ISO-8601 line. */
    static Instant shownAt(String fileText) {
        return Instant.parse(fileText.strip());
    }

    private static Set<Long> childPids() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
