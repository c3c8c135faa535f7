package org.vigil.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.correlate.CorrelatorConfig;
import org.vigil.core.correlate.CorrelatorStats;
import org.vigil.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options every command that correlates shares: more rule folders, and the correlator's
 * bounds — how late an event may arrive, how many group windows and events per window it keeps.
 */
final class CorrelationOptions {

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "cli.ingest.rules")
    private List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--lateness", paramLabel = "SECONDS", descriptionKey = "cli.correlation.lateness")
    private long latenessSeconds = CorrelatorConfig.DEFAULT_LATENESS.toSeconds();

    @Option(names = "--max-groups", paramLabel = "N", descriptionKey = "cli.correlation.maxGroups")
    private int maxGroups = CorrelatorConfig.DEFAULT_MAX_GROUPS;

    @Option(names = "--max-events-per-group", paramLabel = "N", descriptionKey = "cli.correlation.maxEvents")
    private int maxEventsPerGroup = CorrelatorConfig.DEFAULT_MAX_EVENTS_PER_GROUP;

    List<Path> ruleFolders() {
        return List.copyOf(ruleFolders);
    }

    CorrelatorConfig config(CommandSpec spec, Messages messages) {
        try {
            return new CorrelatorConfig(Duration.ofSeconds(latenessSeconds), maxGroups, maxEventsPerGroup);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    messages.text("cli.correlation.badBounds", CorrelatorConfig.MAX_LATENESS.toSeconds()));
        }
    }

    /** One line saying what correlation saw and whether its bounds held. */
    static String describe(Messages messages, CorrelatorStats stats) {
        return messages.text(
                "cli.correlation.stats",
                stats.events(),
                stats.matches(),
                stats.late(),
                stats.groupsEvicted(),
                stats.eventsEvicted());
    }
}
