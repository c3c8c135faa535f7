package org.vigil.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.app.RuleBook;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.QuarantinedRecord;
import org.vigil.core.ingest.FileIngest;
import org.vigil.core.ingest.IngestCounts;
import org.vigil.core.ingest.IngestProgress;
import org.vigil.core.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil ingest --format FORMAT [--rules DIR]... PATH...}: imports event files or folders into
 * the workspace, mapping events to the assets of its scenarios and correlating them into incidents by
 * the shipped rule packs and any rule folders given. Prints progress, the quarantined records and the
 * counts; exits 1 if anything was quarantined.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true)
final class IngestCommand implements Callable<Integer> {

    private static final int SHOWN_QUARANTINED = 20;
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private final CliContext context;
    private final Map<FeedFormat, FeedParser> parsers;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "cli.ingest.format")
    private String format;

    @Mixin
    private CorrelationOptions correlation = new CorrelationOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "cli.ingest.paths")
    private List<Path> paths;

    private final RuleBook ruleBook;

    IngestCommand(CliContext context, Map<FeedFormat, FeedParser> parsers, RuleBook ruleBook, Clock clock) {
        this.context = context;
        this.parsers = parsers;
        this.ruleBook = ruleBook;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        FeedParser parser = FeedFormat.fromCliName(format)
                .map(parsers::get)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), context.messages().text("cli.ingest.unknownFormat", format, names())));
        for (Path path : concat(paths, correlation.ruleFolders())) {
            if (!Files.exists(path)) {
                throw new ParameterException(
                        spec.commandLine(), context.messages().text("cli.ingest.missing", path.toString()));
            }
        }
        PrintWriter out = CliContext.out(spec);
        PrintWriter err = CliContext.err(spec);
        try (Workspace workspace = context.openWorkspace(spec)) {
            if (workspace == null) {
                return 1;
            }
            CorrelatedMapping mapping = new CorrelatedMapping(context, spec, correlation, ruleBook, workspace, clock);
            FileIngest ingest = new FileIngest(
                    workspace.events(), mapping.mapper(), mapping.correlation(), clock, FileIngest.DEFAULT_BATCH);
            Report report = new Report(err);
            IngestCounts counts = ingest.ingest(parser, FileIngest.expand(paths), report, () -> false);
            out.println(context.messages()
                    .text(
                            "cli.ingest.done",
                            counts.read(),
                            counts.stored(),
                            counts.duplicates(),
                            counts.quarantined(),
                            counts.unmapped(),
                            counts.indicators()));
            mapping.printSummary(out);
            out.flush();
            return counts.quarantined() > 0 ? 1 : 0;
        }
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private String names() {
        return String.join(
                ", ",
                parsers.keySet().stream().map(FeedFormat::cliName).sorted().toList());
    }

    /** Progress every two seconds and the first quarantined records, on standard error. */
    private final class Report implements IngestProgress {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long lastShown = started;
        private int quarantinedShown;

        Report(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long bytesDone, long bytesTotal, IngestCounts counts) {
            long now = System.nanoTime();
            if (now - lastShown < PROGRESS_EVERY_NANOS) {
                return;
            }
            lastShown = now;
            double seconds = (now - started) / 1e9;
            long rate = Math.round(counts.read() / Math.max(seconds, 1e-3));
            double fraction = bytesTotal == 0 ? 1 : (double) bytesDone / bytesTotal;
            long left = fraction <= 0 ? 0 : Math.round(seconds * (1 - fraction) / fraction);
            err.println(context.messages()
                    .text(
                            "cli.ingest.progress",
                            bytesDone / 1_048_576.0,
                            bytesTotal / 1_048_576.0,
                            fraction,
                            rate,
                            left));
            err.flush();
        }

        @Override
        public void quarantined(QuarantinedRecord record) {
            if (quarantinedShown++ < SHOWN_QUARANTINED) {
                err.println(context.messages()
                        .text(
                                "cli.ingest.quarantined",
                                record.source(),
                                Long.toString(record.offset()),
                                record.reason()));
            }
        }
    }
}
