-- Finsamkollen data file, schema version 10: the officer's record of keying the year into
-- Uppföljning Finsam (issue 15). Each figure the officer has keyed is ticked "Inmatat" with
-- the day and the value it had then, so a figure changed afterwards can be shown as
-- "Ändrat efter inmatning" (R1). "Markera året som inrapporterat" keeps the day, the check's
-- result and the JSON årsrapport of that moment with its SHA-256 (R2).
-- Written so it can run again on a file that has it (tests/core/backup.rs re-runs the newest).

-- Inmatat: one ticked figure. `nyckel` names the figure in the keying view
-- (`medel.samverkansparterna`, `insats-7.utfall`, `admin.budget`, …); `etikett` is its
-- label when ticked, for the history. `varde` is the figure as keyed; NULL when it was empty.
CREATE TABLE IF NOT EXISTS inmatning (
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    nyckel TEXT NOT NULL CHECK (length(nyckel) BETWEEN 1 AND 100),
    insats_id INTEGER REFERENCES insats (id),
    etikett TEXT NOT NULL,
    datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    varde INTEGER,
    PRIMARY KEY (ar, nyckel)
) STRICT;

-- Inrapporterat: each time the officer marked the year as reported, newest last. `rapport`
-- is the JSON årsrapport exactly as "Exportera årsrapport" would have written it then, and
-- `sha256` its hash, so what was reported can be shown (and compared with an exported file).
CREATE TABLE IF NOT EXISTS inrapportering (
    id INTEGER PRIMARY KEY,
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    tidpunkt TEXT NOT NULL,
    preliminar INTEGER NOT NULL CHECK (preliminar IN (0, 1)),
    fel INTEGER NOT NULL CHECK (fel >= 0),
    varningar INTEGER NOT NULL CHECK (varningar >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    rapport TEXT NOT NULL
) STRICT;

CREATE INDEX IF NOT EXISTS inrapportering_ar ON inrapportering (ar, id);

-- A record of what was reported is not edited afterwards.
CREATE TRIGGER IF NOT EXISTS inrapportering_no_update BEFORE UPDATE ON inrapportering
BEGIN
    SELECT RAISE(ABORT, 'inrapportering_append_only');
END;

-- History (as V6): a tick, a re-tick and an untick each leave one row, under the year and,
-- for an insats's figure, the insats.
CREATE TRIGGER IF NOT EXISTS historik_inmatning_insert AFTER INSERT ON inmatning
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'inmatning', NEW.insats_id, NEW.ar,
            NEW.etikett, 'inmatat', NULL,
            NEW.datum || ', ' || coalesce(NEW.varde, 'tomt'));
END;

CREATE TRIGGER IF NOT EXISTS historik_inmatning_update AFTER UPDATE ON inmatning
WHEN OLD.datum IS NOT NEW.datum OR OLD.varde IS NOT NEW.varde
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'inmatning', NEW.insats_id, NEW.ar,
            NEW.etikett, 'inmatat',
            OLD.datum || ', ' || coalesce(OLD.varde, 'tomt'),
            NEW.datum || ', ' || coalesce(NEW.varde, 'tomt'));
END;

CREATE TRIGGER IF NOT EXISTS historik_inmatning_delete AFTER DELETE ON inmatning
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'inmatning', OLD.insats_id, OLD.ar,
            OLD.etikett, 'inmatat',
            OLD.datum || ', ' || coalesce(OLD.varde, 'tomt'), NULL);
END;

CREATE TRIGGER IF NOT EXISTS historik_inrapportering_insert AFTER INSERT ON inrapportering
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'inrapportering', NEW.ar,
            'inrapporterad', NULL,
            NEW.datum || ', ' || NEW.fel || ' fel, ' || NEW.varningar || ' varningar, SHA-256 '
            || NEW.sha256);
END;
