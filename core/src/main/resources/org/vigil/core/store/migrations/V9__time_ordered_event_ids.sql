-- Version 9: time-ordered event ids. An event whose time is its record's own now has that time in
-- milliseconds as the first 12 of the 32 hex digits of its id, and the first 20 digits of the hash
-- it had before as the other 20 (see EventIds): the ids of a feed come in about time order, so the
-- unique index on them grows at its end instead of everywhere at once. The formats whose parsers
-- always read the time from the record get such ids, and anomaly events (Vigil JSON Lines, read back
-- as such); CEF (whose time may lack the year), generic JSON (which falls back on the time received)
-- and replayed scenario events keep theirs. Rows stored before are given the id their record gets now, with the key computed as
-- EventKey does, and incidents follow their events, so importing a file again stores nothing twice.
CREATE TEMP TABLE event_id_v9 (
    seq    INTEGER PRIMARY KEY,
    old_id TEXT NOT NULL,
    new_id TEXT NOT NULL
);

INSERT INTO event_id_v9 (seq, old_id, new_id)
SELECT seq,
       id,
       printf('%012x', ((event_time - (((event_time % 1000) + 1000) % 1000)) / 1000) & 281474976710655)
           || substr(id, 1, 20) || substr(id, 33)
  FROM event
 WHERE format IN ('VIGIL', 'SURICATA_EVE', 'WAZUH', 'ZEEK', 'OCSF', 'STIX', 'TELEMETRY')
   AND source NOT LIKE 'replay:%'
   AND length(id) > 33
   AND substr(id, 33, 1) = '-'
   AND substr(id, 1, 32) NOT GLOB '*[^0-9a-f]*';

CREATE INDEX temp.event_id_v9_by_old ON event_id_v9 (old_id);

UPDATE incident_event
   SET event_id = (SELECT m.new_id FROM event_id_v9 m WHERE m.old_id = incident_event.event_id)
 WHERE event_id IN (SELECT old_id FROM event_id_v9);

UPDATE event
   SET id  = (SELECT m.new_id FROM event_id_v9 m WHERE m.seq = event.seq),
       key = (SELECT unhex(substr(m.new_id, 1, 32) || hex(substr(m.new_id, 33))) FROM event_id_v9 m
               WHERE m.seq = event.seq)
 WHERE seq IN (SELECT seq FROM event_id_v9);

DROP TABLE event_id_v9;
