package org.vigil.core.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.feed.Event;
import org.vigil.core.feed.EventIds;
import org.vigil.core.feed.FeedFormat;
import org.vigil.core.feed.FeedParser;
import org.vigil.core.feed.ParseOutcome;
import org.vigil.core.feed.RawRecord;
import org.vigil.core.model.Monitor;
import org.vigil.core.model.MonitorKind;
import org.vigil.core.model.Scenario;
import org.vigil.core.model.TimelineEvent;

/**
 * Turns a scenario's scripted timeline events into Vigil events, as if the monitor had just written
 * them: each is read by the parser of its monitor's product ({@link #formatOf}), then re-based on
 * the replay's clock. The script is relative, so the event time is the replay's origin plus the
 * event's offset; the monitor's own timestamps stay in the raw record. Stateless and thread-safe.
 */
public final class ScriptedEvents {

    /** Product names (as words) that have a parser of their own. */
    private static final Map<String, FeedFormat> DEDICATED = Map.of(
            "suricata", FeedFormat.SURICATA_EVE,
            "wazuh", FeedFormat.WAZUH,
            "zeek", FeedFormat.ZEEK);

    /**
     * Physical monitors whose scripted fields follow Vigil's telemetry schema (docs/feeds.md): fleet
     * trackers (Traccar, Teltonika), door and tamper sensors (Ajax) and cold-chain loggers (Tive).
     * Other physical monitors, such as badge readers, write their own JSON.
     */
    private static final Set<String> TELEMETRY_PRODUCTS = Set.of("traccar", "teltonika", "ajax", "tive");

    private final Map<FeedFormat, FeedParser> parsers;
    private final FeedParser generic;

    /** {@code parsers} must include one for {@link FeedFormat#JSON}, which reads every other product. */
    public ScriptedEvents(Map<FeedFormat, FeedParser> parsers) {
        this.parsers = new EnumMap<>(parsers);
        this.generic = parsers.get(FeedFormat.JSON);
        if (generic == null) {
            throw new IllegalArgumentException("a parser for FeedFormat.JSON is needed to replay products without one");
        }
    }

    /** The format a monitor's events are read as: its product's own, else {@link FeedFormat#JSON}. */
    public static FeedFormat formatOf(Monitor monitor) {
        List<String> words =
                Arrays.asList(monitor.product().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        for (String word : words) {
            FeedFormat format = DEDICATED.get(word);
            if (format != null) {
                return format;
            }
        }
        if (monitor.kind() == MonitorKind.PHYSICAL && words.stream().anyMatch(TELEMETRY_PRODUCTS::contains)) {
            return FeedFormat.TELEMETRY;
        }
        return FeedFormat.JSON;
    }

    /**
     * Timeline event {@code index} of {@code scenario}, replayed with scenario time zero at {@code
     * origin}: {@link ParseOutcome.Parsed} with its event(s), or {@link ParseOutcome.Rejected} with
     * the parsers' reason. A record its product's parser rejects is read generically instead, so a
     * replay never silently drops a scripted event. Each event gets the time {@code origin +
     * offsetSeconds}, the source {@code replay:<scenario>/<monitor>}, the asset the script names as
     * {@code <scenario>/<asset>} and an id from {@link EventIds#ofReplay}.
     *
     * @throws IndexOutOfBoundsException if the scenario has no timeline event {@code index}
     */
    public ParseOutcome read(Scenario scenario, int index, Instant origin, Instant receivedTime) {
        TimelineEvent scripted = scenario.timeline().get(index);
        String source = "replay:" + scenario.id() + "/" + scripted.monitorId();
        RawRecord record = new RawRecord(source, index, scripted.fieldsJson());
        FeedParser parser = monitor(scenario, scripted.monitorId())
                .map(ScriptedEvents::formatOf)
                .map(parsers::get)
                .orElse(generic);
        ParseOutcome outcome = parser.parse(record, receivedTime);
        if (outcome instanceof ParseOutcome.Rejected && parser != generic) {
            outcome = generic.parse(record, receivedTime);
        }
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            return new ParseOutcome.Rejected("timeline event " + index + " of " + scenario.id() + " ("
                    + scripted.monitorId() + "): " + rejected.reason());
        }
        ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
        Instant time = origin.plusSeconds(scripted.offsetSeconds());
        List<String> assets = scripted.assetId()
                .map(asset -> List.of(scenario.id() + "/" + asset))
                .orElse(List.of());
        List<Event> events = new ArrayList<>(parsed.events().size());
        for (Event event : parsed.events()) {
            events.add(new Event(
                    EventIds.ofReplay(scenario.id(), origin, index, events.size()),
                    time,
                    receivedTime,
                    source,
                    event.format(),
                    event.category(),
                    event.severity(),
                    event.summary(),
                    event.techniques(),
                    event.entities(),
                    assets,
                    event.raw()));
        }
        return new ParseOutcome.Parsed(events, parsed.indicators());
    }

    private static Optional<Monitor> monitor(Scenario scenario, String monitorId) {
        return scenario.monitors().stream()
                .filter(m -> m.id().equals(monitorId))
                .findFirst();
    }
}
