-- Version 1: scenarios with their organisations, monitors, assets, dependencies, timeline and
-- translated texts; workspace settings. Every scenario-scoped row goes when its scenario goes.
CREATE TABLE scenario (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE organisation (
    scenario_id TEXT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (scenario_id, id)
);

CREATE TABLE monitor (
    scenario_id TEXT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    product     TEXT NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (scenario_id, id)
);

CREATE TABLE asset (
    scenario_id  TEXT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    position     INTEGER NOT NULL,
    layer        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    owner_id     TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL,
    criticality  INTEGER NOT NULL CHECK (criticality BETWEEN 1 AND 5),
    rto_minutes  INTEGER,
    mtpd_minutes INTEGER,
    PRIMARY KEY (scenario_id, id),
    FOREIGN KEY (scenario_id, owner_id) REFERENCES organisation (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE asset_tag (
    scenario_id TEXT NOT NULL,
    asset_id    TEXT NOT NULL,
    position    INTEGER NOT NULL,
    tag         TEXT NOT NULL,
    PRIMARY KEY (scenario_id, asset_id, position),
    FOREIGN KEY (scenario_id, asset_id) REFERENCES asset (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE asset_identifier (
    scenario_id TEXT NOT NULL,
    asset_id    TEXT NOT NULL,
    position    INTEGER NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (scenario_id, asset_id, position),
    FOREIGN KEY (scenario_id, asset_id) REFERENCES asset (scenario_id, id) ON DELETE CASCADE
);

CREATE INDEX asset_identifier_by_value ON asset_identifier (type, value);

CREATE TABLE dependency (
    scenario_id      TEXT NOT NULL,
    position         INTEGER NOT NULL,
    from_id          TEXT NOT NULL,
    to_id            TEXT NOT NULL,
    type             TEXT NOT NULL,
    likelihood       REAL NOT NULL CHECK (likelihood BETWEEN 0 AND 1),
    delay_minutes    REAL NOT NULL CHECK (delay_minutes >= 0),
    growth           TEXT NOT NULL,
    ramp_minutes     REAL NOT NULL CHECK (ramp_minutes >= 0),
    redundancy_group TEXT,
    PRIMARY KEY (scenario_id, position),
    UNIQUE (scenario_id, from_id, to_id),
    FOREIGN KEY (scenario_id, from_id) REFERENCES asset (scenario_id, id) ON DELETE CASCADE,
    FOREIGN KEY (scenario_id, to_id) REFERENCES asset (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE timeline_event (
    scenario_id    TEXT NOT NULL,
    position       INTEGER NOT NULL,
    offset_seconds INTEGER NOT NULL CHECK (offset_seconds >= 0),
    monitor_id     TEXT NOT NULL,
    asset_id       TEXT,
    fields_json    TEXT NOT NULL,
    PRIMARY KEY (scenario_id, position),
    FOREIGN KEY (scenario_id, monitor_id) REFERENCES monitor (scenario_id, id) ON DELETE CASCADE,
    FOREIGN KEY (scenario_id, asset_id) REFERENCES asset (scenario_id, id) ON DELETE CASCADE
);

CREATE TABLE scenario_text (
    scenario_id TEXT NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    language    TEXT NOT NULL,
    key         TEXT NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (scenario_id, language, key)
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
