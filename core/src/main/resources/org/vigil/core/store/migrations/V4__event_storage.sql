-- Version 4: events stored for fast ingest. Rows are appended in arrival order under an integer
-- sequence number, and the id (a content hash) is kept unique through a compact key: for ids as
-- Vigil makes them (32 lower-case hex digits, a dash, the index) the 16 bytes the digits spell and
-- the rest of the id, 18 bytes; any other id is its own key, as text (a BLOB never equals a TEXT).
-- Entities and assets live in the event row as JSON, so storing an event writes one row and two
-- indexes instead of a row and six indexes; reading them by event stays one lookup. The views
-- event_entity and event_asset give the old shape for reading by hand.
-- The key expression below is the one EventKey computes; queries given an id use it too.
CREATE TABLE event_v4 (
    seq           INTEGER PRIMARY KEY,
    key           BLOB NOT NULL UNIQUE,
    id            TEXT NOT NULL,
    event_time    INTEGER NOT NULL, -- epoch microseconds
    received_time INTEGER NOT NULL, -- epoch microseconds
    source        TEXT NOT NULL,
    format        TEXT NOT NULL,
    category      TEXT NOT NULL,
    severity      TEXT NOT NULL,
    summary       TEXT NOT NULL,
    techniques    TEXT NOT NULL, -- space-separated ATT&CK ids
    entities      TEXT NOT NULL, -- JSON array of [type, value] pairs
    assets        TEXT,          -- JSON array of 'scenario/asset' names, NULL when the event concerns none
    raw           TEXT NOT NULL
);

INSERT INTO event_v4 (key, id, event_time, received_time, source, format, category, severity, summary, techniques,
                      entities, assets, raw)
SELECT CASE
           WHEN substr(e.id, 1, 32) GLOB '*[^0-9a-f]*' OR length(substr(e.id, 1, 32)) % 2 = 1 THEN e.id
           ELSE unhex(substr(e.id, 1, 32) || hex(substr(e.id, 33)))
       END,
       e.id, e.event_time, e.received_time, e.source, e.format, e.category, e.severity, e.summary, e.techniques,
       (SELECT json_group_array(json_array(n.type, n.value) ORDER BY n.type, n.value)
          FROM event_entity n WHERE n.event_id = e.id),
       (SELECT CASE WHEN COUNT(*) > 0 THEN json_group_array(a.scenario_id || '/' || a.asset_id
                                                            ORDER BY a.scenario_id, a.asset_id) END
          FROM event_asset a WHERE a.event_id = e.id),
       e.raw
  FROM event e
 ORDER BY e.rowid;

DROP TABLE event_entity;

DROP TABLE event_asset;

DROP TABLE event;

ALTER TABLE event_v4 RENAME TO event;

CREATE INDEX event_by_time ON event (event_time);

-- Partial: only events that concern no modelled asset, so counting them reads nothing else.
CREATE INDEX event_unmapped ON event (seq) WHERE assets IS NULL;

CREATE VIEW event_entity (event_id, type, value) AS
SELECT e.id, json_extract(n.value, '$[0]'), json_extract(n.value, '$[1]')
  FROM event e, json_each(e.entities) n;

CREATE VIEW event_asset (event_id, scenario_id, asset_id) AS
SELECT e.id, substr(a.value, 1, instr(a.value, '/') - 1), substr(a.value, instr(a.value, '/') + 1)
  FROM event e, json_each(e.assets) a;
