package org.vigil.core.ingest.syslog;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The bounded queue between the network threads and the delivery thread. It holds at most
 * {@code capacity} items and {@code maxBytes} bytes: a network thread never waits for the sink,
 * it drops what does not fit. Every item offered gets the next sequence number, dropped ones too,
 * so a gap in the delivered offsets shows where messages were lost.
 */
final class Inbox {

    /** An item with its place in the listener's receive order. */
    record Numbered(long sequence, Inbound inbound) {}

    private final int capacity;
    private final long maxBytes;
    private final ListenerCounters counters;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<Numbered> queue;
    private long bytes;
    private long nextSequence;
    private boolean finished;

    Inbox(int capacity, long maxBytes, ListenerCounters counters) {
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        this.counters = counters;
        this.queue = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    /** Queues the item, or drops it if the queue is full; never waits for the delivery thread. */
    void offer(Inbound inbound) {
        lock.lock();
        try {
            long sequence = nextSequence++;
            counters.received.incrementAndGet();
            if (inbound instanceof Inbound.Reject reject && reject.oversize()) {
                counters.oversize.incrementAndGet();
            }
            long cost = inbound.queuedBytes();
            if (finished || queue.size() >= capacity || bytes + cost > maxBytes) {
                counters.dropped.incrementAndGet();
                return;
            }
            queue.addLast(new Numbered(sequence, inbound));
            bytes += cost;
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest item, waiting for one; null once {@link #finish()} was called and nothing is left. */
    Numbered take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (queue.isEmpty()) {
                if (finished) {
                    return null;
                }
                notEmpty.await();
            }
            Numbered next = queue.removeFirst();
            bytes -= next.inbound().queuedBytes();
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** No more items will be accepted; {@link #take()} returns what is queued, then null. */
    void finish() {
        lock.lock();
        try {
            finished = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Empties the queue, counting what it held as dropped (closing gave up waiting for the sink). */
    void discardAll() {
        lock.lock();
        try {
            counters.dropped.addAndGet(queue.size());
            queue.clear();
            bytes = 0;
            finished = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code reading} while nothing is queued, taken or dropped, so the counts it reads agree with the depth. */
    <T> T whileSettled(Supplier<T> reading) {
        lock.lock();
        try {
            return reading.get();
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }
}
