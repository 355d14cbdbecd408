-- Finsamkollen data file, schema version 1: the förbund, its insatser and its funds.
-- Runs in one transaction with every other pending migration (all or nothing).

-- Marks the file as Finsamkollen's ("FSKL"), so a foreign SQLite file is never mistaken
-- for ours and overwritten.
PRAGMA application_id = 1179863884;

-- Förbund: exactly one per data file (id is always 1).
CREATE TABLE forbund (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    namn TEXT NOT NULL CHECK (length(namn) BETWEEN 1 AND 200 AND namn = trim(namn)),
    organisationsnummer TEXT NOT NULL
        CHECK (organisationsnummer GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]'),
    startdatum TEXT NOT NULL CHECK (date(startdatum) IS startdatum),
    slutdatum TEXT
        CHECK (slutdatum IS NULL OR (date(slutdatum) IS slutdatum AND slutdatum >= startdatum)),
    skapad TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- The startdatum is given once and can never change (domain spec, Förbund). The core
-- refuses it first; this trigger makes sure no other path can.
CREATE TRIGGER forbund_startdatum_fixed
BEFORE UPDATE OF startdatum ON forbund
WHEN NEW.startdatum IS NOT OLD.startdatum
BEGIN
    SELECT RAISE(ABORT, 'startdatum_fixed');
END;

-- Insats: a funded initiative.
CREATE TABLE insats (
    id INTEGER PRIMARY KEY,
    namn TEXT NOT NULL CHECK (length(namn) BETWEEN 1 AND 200 AND namn = trim(namn)),
    -- The name folded to lower case in Rust (SQLite's lower() folds only ASCII, not Å, Ä,
    -- Ö), so names are unique case-insensitively.
    namn_nyckel TEXT NOT NULL UNIQUE,
    inriktning TEXT NOT NULL CHECK (inriktning IN ('individinriktad', 'strukturovergripande')),
    foljer_deltagare INTEGER NOT NULL CHECK (foljer_deltagare IN (0, 1)),
    esf INTEGER NOT NULL CHECK (esf IN (0, 1)),
    beskrivning TEXT NOT NULL DEFAULT '',
    startdatum TEXT NOT NULL CHECK (date(startdatum) IS startdatum),
    slutdatum TEXT
        CHECK (slutdatum IS NULL OR (date(slutdatum) IS slutdatum AND slutdatum >= startdatum)),
    avslutad INTEGER NOT NULL DEFAULT 0 CHECK (avslutad IN (0, 1)),
    -- Individinriktade insatser always follow their participants.
    CHECK (inriktning = 'strukturovergripande' OR foljer_deltagare = 1)
) STRICT;

CREATE INDEX insats_period ON insats (startdatum, slutdatum);

-- Medel: a year's funds, in whole kronor. F1: these three categories and no others.
CREATE TABLE medel (
    ar INTEGER PRIMARY KEY CHECK (ar BETWEEN 2004 AND 2200),
    samverkansparterna INTEGER NOT NULL CHECK (samverkansparterna BETWEEN 0 AND 10000000000),
    esf_plus INTEGER NOT NULL DEFAULT 0 CHECK (esf_plus BETWEEN 0 AND 10000000000),
    overskott INTEGER NOT NULL DEFAULT 0 CHECK (overskott BETWEEN 0 AND 10000000000)
) STRICT;
