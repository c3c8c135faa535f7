-- Version 6: the anomaly monitor's state, so a restart does not forget what normal looks like. One
-- row per metric stream with its detector's snapshot and the stream's own state (open time bucket,
-- known route track...), each as the bytes the anomaly package writes, and the monitor's clock.
CREATE TABLE anomaly_stream (
    stream     TEXT PRIMARY KEY, -- 'scenario/asset metric[:qualifier]'
    asset      TEXT NOT NULL,    -- 'scenario/asset'
    metric     TEXT NOT NULL,    -- e.g. 'route-distance'
    qualifier  TEXT NOT NULL,    -- event category, sensor or vehicle, or '' for none
    detector   TEXT NOT NULL,    -- DetectorKind name
    snapshot   BLOB NOT NULL,    -- DetectorSnapshot bytes: magic number, format version, kind, state
    state      BLOB NOT NULL,    -- the stream's own state
    last_seen  INTEGER NOT NULL, -- epoch microseconds: event time of the last event that fed it
    last_tick  INTEGER NOT NULL, -- the monitor's feed count then: the least recently fed are forgotten first
    updated_at INTEGER NOT NULL  -- epoch microseconds, wall clock of the save
);

CREATE INDEX anomaly_stream_by_asset ON anomaly_stream (asset);

CREATE TABLE anomaly_monitor (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    clock      TEXT,             -- ISO-8601: the newest event time the monitor has seen, exactly
    updated_at INTEGER NOT NULL  -- epoch microseconds, wall clock of the save
)
