-- Finsamkollen data file, schema version 15: "Registrera i Uppföljning Finsam" (issue 25).
-- Each insats new or ended in a year is ticked "Registrerad" once the officer has entered it
-- in Uppföljning Finsam, with the day and the details as registered, so a detail changed
-- afterwards can be shown as "Ändrat efter registrering" with the old and new value (R1).
-- Written so it can run again on a file that has it (tests/core/backup.rs re-runs the newest).

-- `nyckel` names the line: `insats-7.ny` (a new insats) or `insats-7.avslutad` (an ended
-- one); `etikett` its words for the history ("Ny insats", "Avslutad insats"). `uppgifter` is
-- the details as registered: a JSON array of [label, value] pairs in the form's order.
CREATE TABLE IF NOT EXISTS registrering (
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    nyckel TEXT NOT NULL CHECK (length(nyckel) BETWEEN 1 AND 100),
    insats_id INTEGER NOT NULL REFERENCES insats (id),
    etikett TEXT NOT NULL,
    datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    uppgifter TEXT NOT NULL CHECK (json_valid(uppgifter)),
    PRIMARY KEY (ar, nyckel)
) STRICT;

-- History (as V10): a tick, a re-tick and an untick each leave one row, under the year and
-- the insats. The day is what the history shows; the details stay in the table.
CREATE TRIGGER IF NOT EXISTS historik_registrering_insert AFTER INSERT ON registrering
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'registrering', NEW.insats_id, NEW.ar,
            NEW.etikett, 'registrerad', NULL, NEW.datum);
END;

CREATE TRIGGER IF NOT EXISTS historik_registrering_update AFTER UPDATE ON registrering
WHEN OLD.datum IS NOT NEW.datum OR OLD.uppgifter IS NOT NEW.uppgifter
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'registrering', NEW.insats_id, NEW.ar,
            NEW.etikett, 'registrerad', OLD.datum, NEW.datum);
END;

CREATE TRIGGER IF NOT EXISTS historik_registrering_delete AFTER DELETE ON registrering
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'registrering', OLD.insats_id, OLD.ar,
            OLD.etikett, 'registrerad', OLD.datum, NULL);
END;
