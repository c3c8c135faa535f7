package org.vigil.core.correlate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vigil.core.feed.Event;

/**
 * Evaluates Sigma correlation rules over a stream of events fed in (roughly) event-time order.
 *
 * <p>Each event is tested against the detection rules that some correlation refers to; every match
 * is a hit for those correlations, put in the window of its group (the values of the group-by
 * fields, resolved through aliases; a hit missing one is ignored and counted as {@code ungrouped};
 * a multi-valued field puts the hit in one group per value, at most {@link #MAX_GROUPS_PER_HIT}).
 * Time is event time: the watermark is the newest event time seen, and an event older than the
 * watermark minus the allowed lateness is counted as late and ignored. When a correlation fires its
 * match is returned and, if other correlations refer to it, it is a hit for them in turn (at the
 * window end, grouped by its own group-by values).
 *
 * <p>Single-threaded and deterministic: the same rules and events give the same matches in the same
 * order. State is bounded by {@link CorrelatorConfig}; evictions are counted in {@link #stats()}.
 */
public final class SigmaCorrelator {

    /** A hit with several values in group-by fields joins at most this many groups. */
    public static final int MAX_GROUPS_PER_HIT = 16;

    private final CorrelatorConfig config;
    /** The detection rules some correlation refers to, by the formats they apply to. */
    private final RulesByFormat detections;

    private final List<CorrelationRule> correlations;
    /** Rule key → positions of the correlations that refer to it. */
    private final Map<String, List<Integer>> subscribers = new HashMap<>();

    private final WindowStore store;
    private Instant watermark;
    /** The watermark less the allowed lateness: events before it are late. */
    private Instant lateBefore;

    private long seq;
    private long events;
    private long late;
    private long ungrouped;
    private long matches;

    public SigmaCorrelator(LoadedRules rules, CorrelatorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.correlations = List.copyOf(rules.correlations());
        this.store = new WindowStore(config.maxGroups(), config.maxEventsPerGroup());
        for (int i = 0; i < correlations.size(); i++) {
            for (String key : new LinkedHashSet<>(correlations.get(i).rules())) {
                subscribers.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<SigmaRule> referenced = new ArrayList<>();
        for (SigmaRule rule : rules.rules()) {
            if (rule.key() != null && subscribers.containsKey(rule.key())) {
                referenced.add(rule);
            }
        }
        detections = new RulesByFormat(referenced);
    }

    /** Feeds one event; returns the correlations that fired because of it (or because time moved on). */
    public List<CorrelationMatch> accept(Event event) {
        return accept(event, EventFields.of(event));
    }

    /**
     * Like {@link #accept(Event)}, with the event's fields already computed: whoever also matches other
     * rules on the event computes (and parses its raw record) once.
     */
    public List<CorrelationMatch> accept(Event event, EventFields fields) {
        events++;
        Instant time = event.eventTime();
        if (watermark != null && time.isBefore(lateBefore)) {
            late++;
            return List.of();
        }
        List<CorrelationMatch> out = new ArrayList<>();
        if (watermark == null || time.isAfter(watermark)) {
            moveWatermark(time, out);
        }
        List<String> ids = null;
        boolean[] counted = null;
        for (SigmaRule rule : detections.of(event.format())) {
            if (!rule.matches(fields)) {
                continue;
            }
            if (ids == null) { // most events match no rule: nothing to make for them
                ids = List.of(event.id());
                counted = new boolean[correlations.size()];
            }
            Hit hit = new Hit(time, seq++, rule.key(), ids, event.techniques());
            for (int correlation : subscribers.get(rule.key())) {
                CorrelationType type = correlations.get(correlation).type();
                boolean counts = type == CorrelationType.EVENT_COUNT || type == CorrelationType.VALUE_COUNT;
                if (counts && counted[correlation]) {
                    continue; // an event counts once, however many of the referenced rules it matches
                }
                counted[correlation] = true;
                deliver(correlation, hit, fields, out);
            }
        }
        return out;
    }

    private void moveWatermark(Instant time, List<CorrelationMatch> out) {
        watermark = time;
        lateBefore = time.minus(config.allowedLateness());
        propagate(store.advance(lateBefore), out);
    }

    /** Moves the watermark on without an event (e.g. on a clock tick), closing windows that ended. */
    public List<CorrelationMatch> advanceTo(Instant time) {
        List<CorrelationMatch> out = new ArrayList<>();
        if (watermark == null || time.isAfter(watermark)) {
            moveWatermark(time, out);
        }
        return out;
    }

    /** End of input: evaluates every open closing-mode window and forgets all state. */
    public List<CorrelationMatch> flush() {
        List<CorrelationMatch> out = new ArrayList<>();
        propagate(store.closeAll(), out);
        // Chained correlations may have opened closing windows while the others were flushed.
        List<WindowStore.Fired> more;
        while (!(more = store.closeAll()).isEmpty()) {
            propagate(more, out);
        }
        return out;
    }

    public CorrelatorStats stats() {
        return new CorrelatorStats(
                events,
                late,
                ungrouped,
                store.groupsHeld(),
                store.eventsHeld(),
                store.groupsEvicted(),
                store.eventsEvicted(),
                matches);
    }

    /** The newest event time seen, or null before the first event. */
    public Instant watermark() {
        return watermark;
    }

    private void deliver(int correlation, Hit hit, FieldSource fields, List<CorrelationMatch> out) {
        CorrelationRule rule = correlations.get(correlation);
        List<String> values = List.of();
        if (rule.type() == CorrelationType.VALUE_COUNT) {
            List<String> found = fields.lookup(rule.fieldFor(rule.field(), hit.ruleKey()));
            if (found == null || found.isEmpty()) {
                return; // nothing to count
            }
            values = List.copyOf(new LinkedHashSet<>(found));
        }
        List<List<String>> keys = GroupKeys.of(rule, hit.ruleKey(), fields, MAX_GROUPS_PER_HIT);
        if (keys.isEmpty()) {
            ungrouped++;
            return;
        }
        for (List<String> key : keys) {
            WindowStore.Fired fired = store.add(correlation, rule, key, hit, values);
            if (fired != null) {
                propagate(List.of(fired), out);
            }
        }
    }

    /** Reports matches and feeds them to the correlations that refer to their rule. */
    private void propagate(List<WindowStore.Fired> fired, List<CorrelationMatch> out) {
        for (WindowStore.Fired f : fired) {
            CorrelationMatch match = f.match();
            out.add(match);
            matches++;
            String key = correlations.get(f.correlation()).key();
            List<Integer> downstream = key == null ? null : subscribers.get(key);
            if (downstream == null) {
                continue;
            }
            Hit hit = new Hit(match.windowEnd(), seq++, key, match.eventIds(), match.techniques());
            FieldSource fields = field ->
                    match.group().containsKey(field) ? List.of(match.group().get(field)) : null;
            for (int correlation : downstream) {
                deliver(correlation, hit, fields, out);
            }
        }
    }
}
