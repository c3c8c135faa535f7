-- Version 3: incidents raised by correlation, with their events, assets, entities, techniques,
-- analyst notes and an audit trail of every change; and how far each followed source was read.

CREATE TABLE incident (
    id               TEXT PRIMARY KEY, -- content hash of rule, group and first event: stable across re-reads
    rule_id          TEXT NOT NULL,
    title            TEXT NOT NULL,
    severity         TEXT NOT NULL,
    state            TEXT NOT NULL,
    group_key        TEXT NOT NULL, -- rule id and group-by values: an open incident absorbs later matches
    group_fields     TEXT NOT NULL, -- JSON object of the group-by fields and values
    first_event_time INTEGER NOT NULL, -- epoch microseconds
    last_event_time  INTEGER NOT NULL, -- epoch microseconds
    created_at       INTEGER NOT NULL, -- epoch microseconds, wall clock
    updated_at       INTEGER NOT NULL  -- epoch microseconds, wall clock
);

CREATE INDEX incident_open_by_group ON incident (group_key) WHERE state <> 'RESOLVED';
CREATE INDEX incident_by_update ON incident (updated_at);

CREATE TABLE incident_event (
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,
    event_time  INTEGER NOT NULL, -- epoch microseconds, for ordering without a join
    PRIMARY KEY (incident_id, event_id)
) WITHOUT ROWID;

CREATE TABLE incident_asset (
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    asset_id    TEXT NOT NULL,
    PRIMARY KEY (incident_id, scenario_id, asset_id)
) WITHOUT ROWID;

CREATE TABLE incident_entity (
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (incident_id, type, value)
) WITHOUT ROWID;

CREATE TABLE incident_technique (
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    technique   TEXT NOT NULL,
    PRIMARY KEY (incident_id, technique)
) WITHOUT ROWID;

CREATE TABLE incident_note (
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    written_at  INTEGER NOT NULL, -- epoch microseconds
    author      TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (incident_id, seq)
) WITHOUT ROWID;

CREATE TABLE incident_change (
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL, -- epoch microseconds
    author      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    PRIMARY KEY (incident_id, seq)
) WITHOUT ROWID;

CREATE TABLE read_position (
    source        TEXT PRIMARY KEY,
    file_identity TEXT NOT NULL,
    byte_offset   INTEGER NOT NULL
);
