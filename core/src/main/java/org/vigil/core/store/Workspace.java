package org.vigil.core.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * A workspace: one SQLite file (WAL mode, foreign keys on) holding scenarios and settings. Opening
 * applies pending schema migrations in one transaction, so a failure leaves the file as it was, and
 * refuses files written by a newer Vigil.
 */
public final class Workspace implements AutoCloseable {

    /** Marks a SQLite file as a Vigil workspace ("VGIL"), so another program's database is never taken for one. */
    static final int APPLICATION_ID = 0x5647494C;

    private final Path file;
    private final Connection connection;
    private final int schemaVersion;
    private final ScenarioRepository scenarios;
    private final SettingsRepository settings;
    private final EventRepository events;
    private final IncidentRepository incidents;
    private final DetectorStateRepository detectorStates;
    private final EventHistoryRepository eventHistory;
    private final StoredEventReader storedEvents;
    private final ActivityRepository activity;
    private final TrainingRepository training;

    private Workspace(Path file, Connection connection, int schemaVersion) {
        this.file = file;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.scenarios = new ScenarioRepository(connection);
        this.settings = new SettingsRepository(connection);
        this.events = new EventRepository(connection);
        this.incidents = new IncidentRepository(connection);
        this.detectorStates = new DetectorStateRepository(connection);
        this.eventHistory = new EventHistoryRepository(connection);
        this.storedEvents = new StoredEventReader(connection);
        this.activity = new ActivityRepository(connection);
        this.training = new TrainingRepository(connection);
    }

    public static Workspace open(Path file) throws WorkspaceException {
        return open(file, WorkspaceSchema.migrations());
    }

    /**
     * Whether opening {@code file} will upgrade it: it is a workspace of an earlier schema version
     * holding data. Upgrading may rewrite every stored event, which for millions of them takes minutes,
     * so a window can say so first. Anything this cannot read answers no; opening then tells why.
     */
    public static boolean needsUpgrade(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE); // never make a file where there was none
        try (Connection connection =
                        DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
                Statement statement = connection.createStatement()) {
            int version = intPragma(statement, "PRAGMA user_version");
            int applicationId = intPragma(statement, "PRAGMA application_id");
            return applicationId == APPLICATION_ID && version > 0 && version < latest(WorkspaceSchema.migrations());
        } catch (SQLException e) {
            return false;
        }
    }

    static Workspace open(Path file, List<Migration> migrations) throws WorkspaceException {
        Path absolute = file.toAbsolutePath();
        createOwnerOnly(absolute);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, absolute, e, e.getMessage());
        }
        try {
            int version = prepare(connection, absolute, migrations);
            return new Workspace(absolute, connection, version);
        } catch (WorkspaceException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void createOwnerOnly(Path file) throws WorkspaceException {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // SQLite gives its -wal and -shm files the permissions of the database file.
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file); // elsewhere the user's profile folder already keeps others out
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file, e, e.getMessage());
        }
    }

    private static int prepare(Connection connection, Path file, List<Migration> migrations) throws WorkspaceException {
        int known = latest(migrations);
        int current;
        int applicationId;
        int tables;
        // Only reads until the file is known to be ours and not too new: a refused file stays as it was.
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            // Takes effect only on a new, empty file: 16 KiB pages make appending events a quarter of the
            // page writes and system calls of SQLite's 4 KiB default; existing files keep their size.
            statement.execute("PRAGMA page_size = 16384");
            current = intPragma(statement, "PRAGMA user_version");
            applicationId = intPragma(statement, "PRAGMA application_id");
            tables = intPragma(statement, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
        } catch (SQLException e) {
            if (e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, file, e);
            }
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file, e, e.getMessage());
        }
        boolean someoneElses = applicationId != 0 && applicationId != APPLICATION_ID;
        boolean foreignTables = applicationId == 0 && current == 0 && tables > 0;
        if (someoneElses || foreignTables) {
            throw new WorkspaceException(WorkspaceException.Reason.NOT_A_WORKSPACE, file, null);
        }
        if (current > known) {
            throw new WorkspaceException(WorkspaceException.Reason.SCHEMA_TOO_NEW, file, null, current, known);
        }
        if (current < known) {
            migrate(connection, file, migrations, current);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            // WAL with NORMAL syncs at checkpoints, not at every commit: a power cut may lose the last
            // batches committed, but never half of one and never the file; a crashed Vigil loses nothing.
            statement.execute("PRAGMA synchronous = NORMAL");
            // Big event batches are checkpointed by another thread (BackgroundCheckpoints); this connection
            // copies the log itself only past 4096 pages (64 MiB), should that thread fall behind.
            statement.execute("PRAGMA wal_autocheckpoint = 4096");
            // 64 MiB of page cache (the default is 2 MiB): each batch inserts event keys all over their index,
            // which stays in the cache up to a few million events.
            statement.execute("PRAGMA cache_size = -65536");
            statement.execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE, file, e, e.getMessage());
        }
        return known;
    }

    /** The schema version these migrations reach. */
    private static int latest(List<Migration> migrations) {
        return migrations.stream().mapToInt(Migration::version).max().orElse(0);
    }

    private static int intPragma(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.getInt(1);
        }
    }

    private static void migrate(Connection connection, Path file, List<Migration> migrations, int from)
            throws WorkspaceException {
        int failing = from;
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (Migration migration : migrations.stream()
                        .filter(m -> m.version() > from)
                        .sorted((a, b) -> Integer.compare(a.version(), b.version()))
                        .toList()) {
                    failing = migration.version();
                    for (String sql : migration.statements()) {
                        statement.executeUpdate(sql);
                    }
                    statement.executeUpdate("PRAGMA user_version = " + migration.version());
                }
                statement.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(connection);
            throw new WorkspaceException(WorkspaceException.Reason.MIGRATION_FAILED, file, e, failing, e.getMessage());
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closed by the caller on failure
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing more can be done; the transaction dies with the connection
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public ScenarioRepository scenarios() {
        return scenarios;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public IncidentRepository incidents() {
        return incidents;
    }

    public EventRepository events() {
        return events;
    }

    /** The anomaly monitor's saved detectors and streams. */
    public DetectorStateRepository detectorStates() {
        return detectorStates;
    }

    /** Events over time, for the timeline. */
    public EventHistoryRepository eventHistory() {
        return eventHistory;
    }

    /** The stored events read back whole, raw records included. */
    public StoredEventReader storedEvents() {
        return storedEvents;
    }

    /** Feed health and recent changes, for the dashboard. */
    public ActivityRepository activity() {
        return activity;
    }

    /** Training results: participants' plays of the serious games. */
    public TrainingRepository training() {
        return training;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
