package org.vigil.core.correlate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule hits of one group of one correlation rule, in event-time order.
 *
 * <p>Sliding mode (gt/gte conditions and temporal_ordered): the window ends at the newest hit time
 * seen in the group and reaches back one timespan (both ends inclusive); older hits fall out. The
 * condition is checked as each hit arrives, and the group starts afresh after it fires.
 *
 * <p>Closing mode (conditions with an upper bound: lt, lte, eq, neq): the window opens at the first
 * hit and covers one timespan; the condition is checked once, when the window closes, and later
 * hits start the next window.
 */
final class GroupWindow {

    /** A hit and, for value_count, the values of the counted field. */
    private record Entry(Hit hit, List<String> values) {}

    private final CorrelationRule rule;
    private final List<String> key;
    private final boolean closing;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    /** Distinct values (value_count) or rule keys (temporal) held, with how many hits have each. */
    private final Map<String, Integer> distinct = new HashMap<>();

    private Instant newest;

    GroupWindow(CorrelationRule rule, List<String> key) {
        this.rule = rule;
        this.key = List.copyOf(key);
        this.closing = rule.type() != CorrelationType.TEMPORAL_ORDERED
                && !rule.condition().isLowerBoundOnly();
    }

    boolean closing() {
        return closing;
    }

    int size() {
        return entries.size();
    }

    Instant newest() {
        return newest;
    }

    Duration timespan() {
        return rule.timespan();
    }

    /** When the open window of a closing-mode group ends, or null when nothing is held. */
    Instant deadline() {
        return entries.isEmpty() ? null : entries.peekFirst().hit().time().plus(rule.timespan());
    }

    /** Adds a hit in time order, drops hits that slid out (sliding mode); returns hits evicted by {@code cap}. */
    int add(Hit hit, List<String> values, int cap) {
        Entry entry = new Entry(hit, values);
        insertSorted(entry);
        count(entry, 1);
        newest = newest == null || hit.time().isAfter(newest) ? hit.time() : newest;
        if (!closing) {
            Instant oldest = newest.minus(rule.timespan());
            while (!entries.isEmpty() && entries.peekFirst().hit().time().isBefore(oldest)) {
                count(entries.pollFirst(), -1);
            }
        }
        int evicted = 0;
        while (entries.size() > cap) {
            count(entries.pollFirst(), -1);
            evicted++;
        }
        return evicted;
    }

    /** Sliding mode: the match if the condition holds now (the group is then emptied). */
    CorrelationMatch check() {
        if (closing || entries.isEmpty()) {
            return null;
        }
        if (rule.type() == CorrelationType.TEMPORAL_ORDERED) {
            List<Entry> chain = chain();
            return chain == null ? null : fire(chain, chain.size(), null, null);
        }
        long observed = rule.type() == CorrelationType.EVENT_COUNT ? entries.size() : distinct.size();
        return rule.condition().test(observed) ? fire(new ArrayList<>(entries), observed, null, null) : null;
    }

    /** Closing mode: evaluates the open window and removes its hits; the match, or null. */
    CorrelationMatch close() {
        Instant start = entries.peekFirst().hit().time();
        Instant end = deadline();
        List<Entry> window = new ArrayList<>();
        while (!entries.isEmpty() && !entries.peekFirst().hit().time().isAfter(end)) {
            Entry entry = entries.pollFirst();
            count(entry, -1);
            window.add(entry);
        }
        long observed = rule.type() == CorrelationType.EVENT_COUNT ? window.size() : distinctOf(window);
        return rule.condition().test(observed) ? fire(window, observed, start, end) : null;
    }

    /** The earliest hits that follow the rule order, or null when the order is not complete. */
    private List<Entry> chain() {
        List<String> order = rule.rules();
        List<Entry> chain = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.hit().ruleKey().equals(order.get(chain.size()))) {
                chain.add(entry);
                if (chain.size() == order.size()) {
                    return chain;
                }
            }
        }
        return null;
    }

    private CorrelationMatch fire(List<Entry> contributing, long observed, Instant start, Instant end) {
        Set<String> eventIds = new LinkedHashSet<>();
        Set<String> techniques = new TreeSet<>();
        for (Entry entry : contributing) {
            eventIds.addAll(entry.hit().eventIds());
            techniques.addAll(entry.hit().techniques());
        }
        Map<String, String> group = new LinkedHashMap<>();
        for (int i = 0; i < key.size(); i++) {
            group.put(rule.groupBy().get(i), key.get(i));
        }
        Instant first = contributing.get(0).hit().time();
        Instant last = contributing.get(contributing.size() - 1).hit().time();
        clearIfSliding();
        String id = rule.key() == null ? "" : rule.key();
        return new CorrelationMatch(
                id,
                rule.title(),
                rule.level(),
                rule.type(),
                group,
                start == null ? first : start,
                end == null ? last : end,
                observed,
                List.copyOf(eventIds),
                List.copyOf(techniques));
    }

    /** Forgets every hit (the window was evicted). */
    void discard() {
        entries.clear();
        distinct.clear();
    }

    private void clearIfSliding() {
        if (!closing) {
            entries.clear();
            distinct.clear();
        }
    }

    private long distinctOf(Collection<Entry> window) {
        Set<String> seen = new HashSet<>();
        window.forEach(e -> seen.addAll(keysOf(e)));
        return seen.size();
    }

    private void count(Entry entry, int delta) {
        for (String k : keysOf(entry)) {
            distinct.merge(k, delta, Integer::sum);
            if (distinct.get(k) <= 0) {
                distinct.remove(k);
            }
        }
    }

    private Collection<String> keysOf(Entry entry) {
        return switch (rule.type()) {
            case VALUE_COUNT -> entry.values();
            case TEMPORAL -> List.of(entry.hit().ruleKey());
            default -> List.of();
        };
    }

    /** Sorted insertion, cheap when hits arrive in order (the usual case). */
    private void insertSorted(Entry entry) {
        if (entries.isEmpty() || entries.peekLast().hit().before(entry.hit())) {
            entries.addLast(entry);
            return;
        }
        ArrayDeque<Entry> after = new ArrayDeque<>();
        while (!entries.isEmpty() && !entries.peekLast().hit().before(entry.hit())) {
            after.addFirst(entries.pollLast());
        }
        entries.addLast(entry);
        entries.addAll(after);
    }
}
