-- Version 7: events by source and received time, for the dashboard's feed health: each source's
-- rate over the last minutes, its latest events (lag, time since the last one) and the distinct
-- sources are index lookups instead of scans of every event. A source's events arrive in received
-- order, so inserts append at the end of its range of the index.
CREATE INDEX event_by_source_received ON event (source, received_time);
