package org.vigil.core.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Copies committed pages from the write-ahead log into the database file on a thread of its own,
 * through a short-lived connection of its own, so that the thread storing events does not wait for
 * the disk: a checkpoint writes and syncs as many bytes as the batches before it did. Asked for
 * after each big batch; at most one runs or waits at a time. The writer's own automatic checkpoint
 * ({@link Workspace}) stays as the backstop, at a higher threshold, and is all that small writes
 * ever see. A checkpoint that cannot run (the workspace closed, the file gone) is skipped.
 */
final class BackgroundCheckpoints {

    /** A batch storing at least this many events asks for a checkpoint. */
    static final int AFTER_EVENTS = 1_000;

    private final Connection writer;
    private final String url;
    private final AtomicBoolean asked = new AtomicBoolean();
    private final ThreadPoolExecutor thread;

    private BackgroundCheckpoints(Connection writer, String file) {
        this.writer = writer;
        this.url = "jdbc:sqlite:" + file;
        // One thread, ended when idle: nothing to close when the workspace is.
        this.thread = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread t = new Thread(runnable, "vigil-checkpoint");
            t.setDaemon(true);
            return t;
        });
    }

    /** Checkpoints for the writer's database file; null for an in-memory database, or if its file cannot be told. */
    static BackgroundCheckpoints of(Connection writer) {
        try (Statement statement = writer.createStatement();
                ResultSet rows = statement.executeQuery("SELECT file FROM pragma_database_list WHERE name = 'main'")) {
            String file = rows.next() ? rows.getString(1) : null;
            return file == null || file.isEmpty() ? null : new BackgroundCheckpoints(writer, file);
        } catch (SQLException e) {
            return null; // the writer's automatic checkpoint does it all
        }
    }

    /** A transaction storing at least {@link #AFTER_EVENTS} events has committed. */
    void committed() {
        if (asked.compareAndSet(false, true)) {
            thread.execute(this::checkpoint);
        }
    }

    private void checkpoint() {
        asked.set(false);
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE); // never make a new file where the workspace was
        try {
            if (writer.isClosed()) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(url, config.toProperties());
                    Statement statement = connection.createStatement()) {
                // PASSIVE: copies what no reader still needs, never waits for a lock, never blocks the writer.
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            // Skipped: the writer's automatic checkpoint copies the log in the end.
        }
    }
}
