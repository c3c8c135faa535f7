-- Version 8: training results. One row per play of a serious-game module by a participant, known
-- only by a pseudonymous code (there is no name column on purpose), one row per item of the round
-- and one per cue of an item, found or missed. Times are epoch nanoseconds, so a result reads back
-- exactly and plays sort by when they finished.
CREATE TABLE training_play (
    id          INTEGER PRIMARY KEY,
    participant TEXT NOT NULL CHECK (length(participant) BETWEEN 3 AND 32),
    module      TEXT NOT NULL,    -- TrainingModule id, e.g. 'inbox-triage'
    difficulty  TEXT NOT NULL,    -- Difficulty name
    language    TEXT NOT NULL,    -- BCP 47 tag of the content language
    started     INTEGER NOT NULL, -- epoch nanoseconds
    finished    INTEGER NOT NULL, -- epoch nanoseconds
    score       INTEGER NOT NULL,
    max_score   INTEGER NOT NULL
);

CREATE INDEX training_play_by_participant ON training_play (participant, finished);

CREATE TABLE training_item (
    play      INTEGER NOT NULL REFERENCES training_play (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL, -- order in the round, from 0
    item      TEXT NOT NULL,    -- the content item's id
    malicious INTEGER NOT NULL, -- 1 or 0
    correct   INTEGER NOT NULL, -- 1 or 0
    time      INTEGER NOT NULL, -- nanoseconds spent on it
    PRIMARY KEY (play, position)
);

CREATE TABLE training_cue (
    play     INTEGER NOT NULL,
    position INTEGER NOT NULL, -- the item's position
    found    INTEGER NOT NULL, -- 1 found, 0 missed
    ordinal  INTEGER NOT NULL, -- order among the item's found (or missed) cues
    cue      TEXT NOT NULL,
    PRIMARY KEY (play, position, found, ordinal),
    FOREIGN KEY (play, position) REFERENCES training_item (play, position) ON DELETE CASCADE
)
