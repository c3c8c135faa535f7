package org.vigil.core.store;

import java.sql.Connection;

/** Events over time for the timeline: stored events in a range of event time, by asset or organisation, with event time and received time kept apart. */
public final class EventHistoryRepository {

    private final Connection connection;
    private final Sql sql;

    EventHistoryRepository(Connection connection) {
        this.connection = connection;
        this.sql = new Sql(connection);
    }
}
