package org.vigil.core.correlate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Every group window of every correlation rule, with the bounds: at most {@code maxGroups} windows
 * (the least recently fed is evicted) and {@code maxEventsPerGroup} hits per window (the oldest is
 * evicted). Windows that can no longer change are dropped as the watermark moves on; closing-mode
 * windows are evaluated when their end passes.
 */
final class WindowStore {

    /** Which correlation rule (by position) and which group-by values. */
    record GroupId(int correlation, List<String> key) {}

    /** A correlation rule fired: which one (by position) and the match. */
    record Fired(int correlation, CorrelationMatch match) {}

    private record Deadline(Instant at, long seq, GroupId id, GroupWindow window) {}

    private final int maxGroups;
    private final int maxEventsPerGroup;
    /** In order of the last hit fed (eldest first): re-inserted on every hit. */
    private final LinkedHashMap<GroupId, GroupWindow> groups = new LinkedHashMap<>();

    private final PriorityQueue<Deadline> deadlines =
            new PriorityQueue<>(Comparator.comparing(Deadline::at).thenComparingLong(Deadline::seq));
    private long deadlineSeq;
    private Instant horizon = Instant.MIN;
    private long eventsHeld;
    private long groupsEvicted;
    private long eventsEvicted;

    WindowStore(int maxGroups, int maxEventsPerGroup) {
        this.maxGroups = maxGroups;
        this.maxEventsPerGroup = maxEventsPerGroup;
    }

    /** Feeds a hit to a group; the match if the group fired (sliding mode), else null. */
    Fired add(int correlation, CorrelationRule rule, List<String> key, Hit hit, List<String> values) {
        GroupId id = new GroupId(correlation, key);
        GroupWindow window = groups.remove(id);
        if (window == null) {
            if (groups.size() >= maxGroups) {
                evictEldest();
            }
            window = new GroupWindow(rule, key);
        }
        groups.put(id, window);
        Instant before = window.deadline();
        int sizeBefore = window.size();
        int evicted = window.add(hit, values, maxEventsPerGroup);
        eventsEvicted += evicted;
        CorrelationMatch match = window.check();
        eventsHeld += window.size() - sizeBefore;
        if (window.size() == 0) {
            groups.remove(id);
        } else if (window.closing() && !window.deadline().equals(before)) {
            deadlines.add(new Deadline(window.deadline(), deadlineSeq++, id, window));
            compactDeadlines();
        }
        return match == null ? null : new Fired(correlation, match);
    }

    /**
     * Moves time on to {@code horizon} (watermark minus allowed lateness: no later input can be
     * older): closes closing-mode windows that ended before it, in end order, and drops sliding
     * windows that no new hit can join.
     */
    List<Fired> advance(Instant horizon) {
        this.horizon = horizon;
        List<Fired> fired = new ArrayList<>();
        while (!deadlines.isEmpty() && deadlines.peek().at().isBefore(horizon)) {
            close(deadlines.poll(), fired);
        }
        for (Iterator<Map.Entry<GroupId, GroupWindow>> it = groups.entrySet().iterator(); it.hasNext(); ) {
            GroupWindow window = it.next().getValue();
            if (!dead(window)) {
                break;
            }
            eventsHeld -= window.size();
            it.remove();
        }
        return fired;
    }

    /** Closes every closing-mode window (end of input) and forgets everything. */
    List<Fired> closeAll() {
        List<Fired> fired = new ArrayList<>();
        while (!deadlines.isEmpty()) {
            close(deadlines.poll(), fired);
        }
        groups.clear();
        deadlines.clear();
        eventsHeld = 0;
        return fired;
    }

    private void close(Deadline deadline, List<Fired> fired) {
        GroupWindow window = groups.get(deadline.id());
        if (window != deadline.window() || !deadline.at().equals(window.deadline())) {
            return;
        }
        int sizeBefore = window.size();
        CorrelationMatch match = window.close();
        eventsHeld -= sizeBefore - window.size();
        if (match != null) {
            fired.add(new Fired(deadline.id().correlation(), match));
        }
        if (window.size() == 0) {
            groups.remove(deadline.id());
        } else {
            deadlines.add(new Deadline(window.deadline(), deadlineSeq++, deadline.id(), window));
        }
    }

    private void evictEldest() {
        Iterator<GroupWindow> eldest = groups.values().iterator();
        GroupWindow window = eldest.next();
        eldest.remove();
        eventsHeld -= window.size();
        if (!dead(window)) {
            groupsEvicted++;
            eventsEvicted += window.size();
        }
        window.discard();
    }

    /** A sliding window no new hit can join (closing windows end through their deadline instead). */
    private boolean dead(GroupWindow window) {
        return !window.closing() && window.newest().plus(window.timespan()).isBefore(horizon);
    }

    /** Drops stale deadlines (of evicted or moved windows) once they outnumber the groups. */
    private void compactDeadlines() {
        if (deadlines.size() > 4 * Math.max(groups.size(), 16)) {
            deadlines.removeIf(d -> groups.get(d.id()) != d.window()
                    || !d.at().equals(d.window().deadline()));
        }
    }

    int groupsHeld() {
        return groups.size();
    }

    long eventsHeld() {
        return eventsHeld;
    }

    long groupsEvicted() {
        return groupsEvicted;
    }

    long eventsEvicted() {
        return eventsEvicted;
    }
}
