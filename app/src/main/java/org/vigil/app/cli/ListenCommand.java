package org.vigil.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigil.app.RuleBook;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.ingest.EventPipeline;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.ingest.LiveIngest;
import org.vigil.core.ingest.syslog.SyslogListener;
import org.vigil.core.ingest.syslog.SyslogListenerConfig;
import org.vigil.core.ingest.syslog.SyslogListenerStats;
import org.vigil.core.ingest.syslog.SyslogSink;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil listen}: receives syslog over UDP and TCP (loopback unless {@code --bind} says
 * otherwise), stores, maps and correlates what arrives, until interrupted or {@code --duration} ends.
 * Drops (a full queue) and quarantined messages are counted and shown.
 */
@Command(name = "listen", mixinStandardHelpOptions = true)
final class ListenCommand implements Callable<Integer> {

    private static final Duration COMMIT_EVERY = Duration.ofMillis(500);
    private static final long STATUS_EVERY_SECONDS = 5;

    private final CliContext context;
    private final Map<FeedFormat, FeedParser> parsers;
    private final RuleBook ruleBook;
    private final Clock clock;
    /** Counted down by Ctrl+C's shutdown hook, which then waits for {@link #finished}. */
    private final CountDownLatch stop = new CountDownLatch(1);
    /** Counted down once the last batch is committed, so the JVM does not exit before that. */
    private final CountDownLatch finished = new CountDownLatch(1);

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.listen.format")
    private String format = FeedFormat.CEF.cliName();

    @Option(names = "--udp", paramLabel = "PORT", descriptionKey = "cli.listen.udp")
    private int udpPort = SyslogListenerConfig.DEFAULT_PORT;

    @Option(names = "--tcp", paramLabel = "PORT", descriptionKey = "cli.listen.tcp")
    private int tcpPort = SyslogListenerConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", descriptionKey = "cli.listen.bind")
    private String bind;

    @Option(names = "--duration", paramLabel = "SECONDS", descriptionKey = "cli.listen.duration")
    private long durationSeconds;

    @Mixin
    private CorrelationOptions correlation = new CorrelationOptions();

    ListenCommand(CliContext context, Map<FeedFormat, FeedParser> parsers, RuleBook ruleBook, Clock clock) {
        this.context = context;
        this.parsers = parsers;
        this.ruleBook = ruleBook;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        try {
            return listen();
        } finally {
            finished.countDown();
        }
    }

    private Integer listen() throws IOException, InterruptedException {
        FeedParser parser = FeedFormat.fromCliName(format)
                .map(parsers::get)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), context.messages().text("cli.ingest.unknownFormat", format, names())));
        SyslogListenerConfig config = config(parser.format());
        PrintWriter out = CliContext.out(spec);
        PrintWriter err = CliContext.err(spec);
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            CorrelatedMapping mapping = new CorrelatedMapping(context, spec, correlation, ruleBook, workspace, clock);
            EventPipeline pipeline = mapping.pipeline(workspace, clock, IngestProgress.NONE);
            SyslogListenerStats stats;
            try (LiveIngest live = new LiveIngest(pipeline, COMMIT_EVERY);
                    SyslogListener listener = new SyslogListener(config, sink(live, parser))) {
                try {
                    listener.start();
                } catch (IOException e) {
                    err.println(context.messages().text("cli.listen.cannotStart", e.getMessage()));
                    return 1;
                }
                listener.udpAddress()
                        .ifPresent(a -> err.println(context.messages().text("cli.listen.listening", "udp", a)));
                listener.tcpAddress()
                        .ifPresent(a -> err.println(context.messages().text("cli.listen.listening", "tcp", a)));
                err.flush();
                waitUntilDone(listener, live, err);
                listener.close();
                stats = listener.stats();
            }
            IngestCounts counts = pipeline.counts();
            out.println(context.messages()
                    .text(
                            "cli.listen.done",
                            stats.received(),
                            counts.stored(),
                            counts.duplicates(),
                            counts.quarantined(),
                            stats.dropped(),
                            counts.unmapped()));
            mapping.printSummary(out);
            out.flush();
            return 0;
        }
    }

    private SyslogListenerConfig config(FeedFormat feedFormat) {
        try {
            SyslogListenerConfig config = SyslogListenerConfig.defaults()
                    .withUdpPort(udpPort)
                    .withTcpPort(tcpPort)
                    .withFormat(feedFormat);
            return bind == null ? config : config.withBindAddress(InetAddress.getByName(bind));
        } catch (IllegalArgumentException | IOException e) {
            throw new ParameterException(
                    spec.commandLine(), context.messages().text("cli.listen.badConfig", e.getMessage()));
        }
    }

    private static SyslogSink sink(LiveIngest live, FeedParser parser) {
        return new SyslogSink() {
            @Override
            public void message(RawRecord record) {
                live.record(parser, record);
            }

            @Override
            public void rejected(QuarantinedRecord quarantined) {
                live.unreadable(quarantined);
            }
        };
    }

    /** Until the duration ends or the process is interrupted (Ctrl+C), with a status line now and then. */
    private void waitUntilDone(SyslogListener listener, LiveIngest live, PrintWriter err) throws InterruptedException {
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    try {
                        finished.await(SyslogListener.DRAIN_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "vigil-listen-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            long deadline = durationSeconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds) : 0;
            while (true) {
                long wait = TimeUnit.SECONDS.toNanos(STATUS_EVERY_SECONDS);
                if (deadline != 0) {
                    wait = Math.min(wait, deadline - System.nanoTime());
                    if (wait <= 0) {
                        return;
                    }
                }
                if (stop.await(wait, TimeUnit.NANOSECONDS)) {
                    return;
                }
                SyslogListenerStats stats = listener.stats();
                IngestCounts counts = live.counts();
                err.println(context.messages()
                        .text(
                                "cli.listen.status",
                                stats.received(),
                                counts.stored(),
                                counts.quarantined(),
                                stats.dropped()));
                err.flush();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of Ctrl+C: the try-with-resources still commits the batch
            }
        }
    }

    private String names() {
        return String.join(
                ", ",
                parsers.keySet().stream().map(FeedFormat::cliName).sorted().toList());
    }
}
