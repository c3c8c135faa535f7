package org.vigil.core.store;

import java.sql.Connection;

/** What the situation dashboard asks of the workspace: each feed's recent rate, lag and quarantined records, and what changed in the last hour. */
public final class ActivityRepository {

    private final Connection connection;
    private final Sql sql;

    ActivityRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }
}
