package org.vigil.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.vigil.app.RuleBook;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.ingest.follow.FileFollower;
import org.vigil.core.ingest.follow.FollowStats;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil follow --format FORMAT PATH...}: follows event files or folders like {@code tail -F} and stores new
 * events as they are written, until Ctrl+C; with {@code --once}, reads what is there now and exits. Either way it
 * resumes where the last run stopped. Prints a status line every few seconds and the counts at the end; exits 1
 * if anything was quarantined.
 */
@Command(name = "follow", mixinStandardHelpOptions = true)
final class FollowCommand implements Callable<Integer> {

    private static final int SHOWN_QUARANTINED = 20;
    private static final long STATUS_EVERY_SECONDS = 5;
    /** How long Ctrl+C waits for the last batch to be stored before the JVM ends anyway. */
    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private final CliContext context;
    private final Map<FeedFormat, FeedParser> parsers;
    private final RuleBook ruleBook;
    private final Clock clock;

    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "cli.follow.format")
    private String format;

    @Option(names = "--once", descriptionKey = "cli.follow.once")
    private boolean once;

    @Mixin
    private CorrelationOptions correlation = new CorrelationOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "cli.follow.paths")
    private List<Path> paths;

    FollowCommand(CliContext context, Map<FeedFormat, FeedParser> parsers, RuleBook ruleBook, Clock clock) {
        this.context = context;
        this.parsers = parsers;
        this.ruleBook = ruleBook;
        this.clock = clock;
    }

    /** picocli hands over the spec as it builds the command; the description is set here, in the user's language. */
    @Spec
    void spec(CommandSpec spec) {
        this.spec = spec;
        spec.usageMessage().description(context.messages().text("cli.follow.description"));
    }

    @Override
    public Integer call() throws IOException {
        FeedParser parser = parser();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(
                        spec.commandLine(), context.messages().text("cli.ingest.missing", path.toString()));
            }
        }
        PrintWriter out = CliContext.out(spec);
        PrintWriter err = CliContext.err(spec);
        // Declared first so it is closed last: Ctrl+C waits until the workspace is closed.
        try (StopOnShutdown shutdown = once ? null : new StopOnShutdown();
                Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            CorrelatedMapping mapping = new CorrelatedMapping(context, spec, correlation, ruleBook, workspace, clock);
            EventPipeline pipeline = mapping.pipeline(workspace, clock, new QuarantineReport(err));
            try (FileFollower follower = new FileFollower(paths, parser, pipeline, workspace.events())) {
                if (once) {
                    follower.pollOnce();
                } else {
                    shutdown.stops(follower::stop);
                    followUntilStopped(follower, err);
                }
                FollowStats stats = follower.stats();
                IngestCounts counts = stats.events();
                out.println(context.messages()
                        .text(
                                "cli.follow.done",
                                counts.read(),
                                counts.stored(),
                                counts.duplicates(),
                                counts.quarantined(),
                                counts.unmapped(),
                                stats.filesFollowed(),
                                stats.rotations(),
                                stats.truncations()));
                mapping.printSummary(out);
                out.flush();
                return counts.quarantined() > 0 ? 1 : 0;
            }
        }
    }

    private FeedParser parser() {
        FeedParser parser = FeedFormat.fromCliName(format)
                .map(parsers::get)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        context.messages().text("cli.ingest.unknownFormat", format, followableFormats())));
        if (!FileFollower.canFollow(parser.format())) {
            throw new ParameterException(
                    spec.commandLine(),
                    context.messages()
                            .text("cli.follow.notLines", parser.format().cliName()));
        }
        return parser;
    }

    private String followableFormats() {
        return parsers.keySet().stream()
                .filter(FileFollower::canFollow)
                .map(FeedFormat::cliName)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private void followUntilStopped(FileFollower follower, PrintWriter err) throws IOException {
        String followed = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        err.println(context.messages().text("cli.follow.started", followed));
        err.flush();
        ScheduledExecutorService status = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "vigil-follow-status");
            thread.setDaemon(true);
            return thread;
        });
        status.scheduleAtFixedRate(
                new StatusLine(follower, err), STATUS_EVERY_SECONDS, STATUS_EVERY_SECONDS, TimeUnit.SECONDS);
        try {
            follower.run();
        } finally {
            status.shutdownNow();
        }
    }

    /**
     * Every few seconds on standard error, when something changed: what was stored, how fast, and how much is
     * still to read. A follow with nothing to do stays quiet.
     */
    private final class StatusLine implements Runnable {
        private final FileFollower follower;
        private final PrintWriter err;
        private FollowStats lastShown = FollowStats.NONE;
        private long lastRead;
        private long lastTime = System.nanoTime();

        StatusLine(FileFollower follower, PrintWriter err) {
            this.follower = follower;
            this.err = err;
        }

        @Override
        public void run() {
            FollowStats stats = follower.stats();
            long now = System.nanoTime();
            double seconds = Math.max((now - lastTime) / 1e9, 1e-3);
            long rate = Math.round((stats.events().read() - lastRead) / seconds);
            lastRead = stats.events().read();
            lastTime = now;
            if (stats.equals(lastShown)) {
                return;
            }
            lastShown = stats;
            err.println(context.messages()
                    .text(
                            "cli.follow.status",
                            stats.filesFollowed(),
                            stats.events().stored(),
                            stats.events().quarantined(),
                            rate,
                            stats.lagBytes() / 1024.0));
            err.flush();
        }
    }

    /** The first quarantined records, on standard error, as they are found. */
    private final class QuarantineReport implements IngestProgress {
        private final PrintWriter err;
        private int shown;

        QuarantineReport(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long bytesDone, long bytesTotal, IngestCounts counts) {}

        @Override
        public void quarantined(QuarantinedRecord record) {
            if (shown++ < SHOWN_QUARANTINED) {
                err.println(context.messages()
                        .text(
                                "cli.ingest.quarantined",
                                record.source(),
                                Long.toString(record.offset()),
                                record.reason()));
            }
        }
    }

    /**
     * Ctrl+C (or a plain kill) stops the follower; the JVM ends only when the last batch is stored and the
     * workspace closed, which {@link #close()} signals.
     */
    private static final class StopOnShutdown implements AutoCloseable {
        private final CountDownLatch closed = new CountDownLatch(1);
        private final Thread hook = new Thread(this::stopAndWait, "vigil-follow-shutdown");
        private volatile Runnable stop = () -> {};
        private volatile boolean shuttingDown;

        StopOnShutdown() {
            Runtime.getRuntime().addShutdownHook(hook);
        }

        void stops(Runnable action) {
            stop = action;
            if (shuttingDown) {
                action.run(); // Ctrl+C came while the workspace was being opened
            }
        }

        private void stopAndWait() {
            shuttingDown = true;
            stop.run();
            try {
                closed.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running, and was waiting for this
            }
        }
    }
}
