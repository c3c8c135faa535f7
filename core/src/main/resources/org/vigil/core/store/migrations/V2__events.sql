-- Version 2: monitor events with their entities and the assets they concern, quarantined
-- records, and threat indicators. Event ids are content hashes, so importing twice stores once.
CREATE TABLE event (
    id            TEXT PRIMARY KEY,
    event_time    INTEGER NOT NULL, -- epoch microseconds
    received_time INTEGER NOT NULL, -- epoch microseconds
    source        TEXT NOT NULL,
    format        TEXT NOT NULL,
    category      TEXT NOT NULL,
    severity      TEXT NOT NULL,
    summary       TEXT NOT NULL,
    techniques    TEXT NOT NULL, -- space-separated ATT&CK ids
    raw           TEXT NOT NULL
);

CREATE INDEX event_by_time ON event (event_time);

CREATE TABLE event_entity (
    event_id TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    type     TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (event_id, type, value)
);

CREATE INDEX event_entity_by_value ON event_entity (type, value);

CREATE TABLE event_asset (
    event_id    TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    asset_id    TEXT NOT NULL,
    PRIMARY KEY (event_id, scenario_id, asset_id)
);

CREATE INDEX event_asset_by_asset ON event_asset (scenario_id, asset_id);

CREATE TABLE quarantine (
    source         TEXT NOT NULL,
    record_offset  INTEGER NOT NULL,
    format         TEXT NOT NULL,
    reason         TEXT NOT NULL,
    excerpt        TEXT NOT NULL,
    quarantined_at INTEGER NOT NULL, -- epoch microseconds
    PRIMARY KEY (source, record_offset, format)
);

CREATE TABLE threat_indicator (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    pattern      TEXT NOT NULL,
    pattern_type TEXT NOT NULL,
    valid_from   INTEGER, -- epoch microseconds
    raw          TEXT NOT NULL
)
