package org.vigil.core.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A clock and a scheduler on virtual time, for tests: nothing happens until the test moves time on
 * with {@link #advance}; tasks that fall due then run one at a time, in due order, each with the
 * clock set to its due time. Not thread-safe: one test thread drives it.
 */
final class VirtualTime extends Clock implements ReplayScheduler {

    private static final class Task implements Scheduled {
        private final Instant due;
        private final long sequence;
        private final Runnable action;
        private boolean cancelled;

        Task(Instant due, long sequence, Runnable action) {
            this.due = due;
            this.sequence = sequence;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final PriorityQueue<Task> tasks =
            new PriorityQueue<>(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.sequence));
    private Instant now;
    private long sequence;

    VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        Task scheduled = new Task(delay.isNegative() ? now : now.plus(delay), sequence++, task);
        tasks.add(scheduled);
        return scheduled;
    }

    /** Moves time on by {@code duration}, running every task that falls due on the way. */
    void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (!tasks.isEmpty() && !tasks.peek().due.isAfter(target)) {
            Task task = tasks.poll();
            now = task.due;
            if (!task.cancelled) {
                task.action.run();
            }
        }
        now = target;
    }

    /** Runs what is due now, without moving time. */
    void runDue() {
        advance(Duration.ZERO);
    }

    /** Whether no task is waiting (cancelled ones do not count). */
    boolean idle() {
        return tasks.stream().allMatch(task -> task.cancelled);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("virtual time is UTC only");
    }
}
