package org.vigil.core.ingest.syslog;

import java.time.Duration;

/** The listener's threads: daemons, so a forgotten listener never keeps the application alive, and named for thread dumps. */
final class SyslogThreads {

    static final String NAME_PREFIX = "vigil-syslog-";

    private SyslogThreads() {}

    /** A daemon thread, not yet started (so it can be registered before it runs). */
    static Thread create(String name, Runnable work) {
        Thread thread = new Thread(work, NAME_PREFIX + name);
        thread.setDaemon(true);
        return thread;
    }

    static Thread start(String name, Runnable work) {
        Thread thread = create(name, work);
        thread.start();
        return thread;
    }

    /** Waits for the thread to end, at most {@code timeout}; true if it ended. Never waits for the calling thread itself. */
    static boolean join(Thread thread, Duration timeout) {
        if (thread == null || thread == Thread.currentThread()) {
            return true;
        }
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the caller wants to stop waiting: keep the request visible
        }
        return !thread.isAlive();
    }
}
