package org.vigil.core.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace file could not be opened. The reason and its arguments let the app say, in the
 * user's language, what went wrong and what to do.
 */
public final class WorkspaceException extends Exception {

    /** Why; the comment lists the arguments. */
    public enum Reason {
        /** {0} file. */
        NOT_A_WORKSPACE,
        /** {0} file, {1} reason from the system. */
        UNREADABLE,
        /** {0} file, {1} schema version of the file, {2} newest version this build knows. */
        SCHEMA_TOO_NEW,
        /** {0} file, {1} version of the failing migration, {2} reason from SQLite. */
        MIGRATION_FAILED
    }

    private final Reason reason;
    private final List<String> args;

    WorkspaceException(Reason reason, Path file, Throwable cause, Object... more) {
        super(reason + " " + file + (more.length > 0 ? " " + List.of(more) : ""), cause);
        this.reason = reason;
        List<String> all = new ArrayList<>();
        all.add(file.toString());
        for (Object o : more) {
            all.add(String.valueOf(o));
        }
        this.args = List.copyOf(all);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }
}
