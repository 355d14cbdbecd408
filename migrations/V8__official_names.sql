-- Finsamkollen data file, schema version 8: the kommuner's official organisation names
-- (issue 16, item 1), and Region Gotland once.
--
-- Version 2 formed every kommun's name as short name + "s kommun" ("Kalixs kommun",
-- "Stockholms kommun"). The SCB reference list (shared/reference/municipalities.csv) now
-- holds the name each kommun uses as an organisation: "Kalix kommun", "Falu kommun",
-- "Stockholms stad", "Göteborgs Stad", and for Gotland, whose kommun and region are one
-- body, "Region Gotland". This migration brings existing files (and new ones, which run
-- version 2 first) to those names without breaking any link a förbund has made.
--
-- The whole file runs in the migrations' one transaction: all of it, or nothing.

-- The renames are recorded in the history (migration 6) under one handling, as a save in
-- the app would be. The handling row itself is stored only if something is recorded, so a
-- new file, where nothing is linked yet, gets no history from this migration. The time is
-- SQLite's local time: a migration runs before the app's clock is at hand, and the time
-- only dates the history entry, it decides no rule.
INSERT OR REPLACE INTO historik_pagaende (id, handling_id, tidpunkt, handling)
VALUES (1, (SELECT coalesce(max(id), 0) + 1 FROM historik_handling),
        strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'), 'Officiella namn på kommunerna');

-- The names that change: those not formed as short name + "s kommun". The name keys are
-- lower-cased as Rust does it (SQLite's lower() leaves Å, Ä and Ö alone).
CREATE TEMP TABLE officiellt_namn (
    kod TEXT PRIMARY KEY,
    namn TEXT NOT NULL,
    namn_nyckel TEXT NOT NULL
);
INSERT INTO temp.officiellt_namn (kod, namn, namn_nyckel) VALUES
    ('0180', 'Stockholms stad', 'stockholms stad'),
    ('0183', 'Sundbybergs stad', 'sundbybergs stad'),
    ('0184', 'Solna stad', 'solna stad'),
    ('0186', 'Lidingö stad', 'lidingö stad'),
    ('0187', 'Vaxholms stad', 'vaxholms stad'),
    ('0880', 'Kalmar kommun', 'kalmar kommun'),
    ('0980', 'Region Gotland', 'region gotland'),
    ('1280', 'Malmö stad', 'malmö stad'),
    ('1282', 'Landskrona stad', 'landskrona stad'),
    ('1283', 'Helsingborgs stad', 'helsingborgs stad'),
    ('1480', 'Göteborgs Stad', 'göteborgs stad'),
    ('1481', 'Mölndals stad', 'mölndals stad'),
    ('1488', 'Trollhättans Stad', 'trollhättans stad'),
    ('1490', 'Borås Stad', 'borås stad'),
    ('1980', 'Västerås stad', 'västerås stad'),
    ('2080', 'Falu kommun', 'falu kommun'),
    ('2513', 'Överkalix kommun', 'överkalix kommun'),
    ('2514', 'Kalix kommun', 'kalix kommun'),
    ('2583', 'Haparanda stad', 'haparanda stad');

-- The officer may have added a kommun under its official name as an organisation of
-- their own (typ övrigt) because the list lacked it. Names are unique, so that one is
-- renamed, never merged or removed: its links stay, and the officer can move them.
UPDATE organisation
SET namn = namn || ' (egen)', namn_nyckel = namn_nyckel || ' (egen)'
WHERE typ = 'ovrigt' AND namn_nyckel IN (SELECT namn_nyckel FROM temp.officiellt_namn);

-- Gotland: one organisation, "Region Gotland", with typ region and key region-09. It is
-- also Gotland's kommun: the core maps key region-09 to kommun 0980
-- (`Organisation::kommun_kod`), so the rules count it as both. The row the förbund already
-- uses is kept, so its links stay as they are.
--
-- Only the kommun's row is in use: the unused region row goes, and the kommun's row
-- becomes Region Gotland in place (the history records the new name).
DELETE FROM organisation
WHERE nyckel = 'region-09'
  AND id NOT IN (SELECT organisation_id FROM ingaende_organisation)
  AND id NOT IN (SELECT organisation_id FROM medel_finansiar)
  AND EXISTS (SELECT 1 FROM organisation k
              WHERE k.nyckel = 'kommun-0980'
                AND (k.id IN (SELECT organisation_id FROM ingaende_organisation)
                     OR k.id IN (SELECT organisation_id FROM medel_finansiar)));
UPDATE organisation
SET typ = 'region', nyckel = 'region-09', namn = 'Region Gotland', namn_nyckel = 'region gotland'
WHERE nyckel = 'kommun-0980'
  AND NOT EXISTS (SELECT 1 FROM organisation WHERE nyckel = 'region-09');

-- Otherwise the region's row is kept and the kommun's row is merged into it: the merged
-- roles are what either had (so M6 still holds for every share), the funding shares of a
-- year are added together (so the year's total stays), and then the kommun's row goes.
-- Each step is an ordinary change, so the history records it. With no kommun row left
-- (a new file after the statements above, or this migration run again), nothing happens.
INSERT INTO ingaende_organisation (organisation_id, medlem, finansiar)
SELECT (SELECT id FROM organisation WHERE nyckel = 'region-09'), i.medlem, i.finansiar
FROM ingaende_organisation i
WHERE i.organisation_id = (SELECT id FROM organisation WHERE nyckel = 'kommun-0980')
ON CONFLICT (organisation_id) DO UPDATE
SET medlem = max(medlem, excluded.medlem), finansiar = max(finansiar, excluded.finansiar);
DELETE FROM ingaende_organisation
WHERE organisation_id = (SELECT id FROM organisation WHERE nyckel = 'kommun-0980');

INSERT INTO medel_finansiar (ar, organisation_id, belopp)
SELECT m.ar, (SELECT id FROM organisation WHERE nyckel = 'region-09'), m.belopp
FROM medel_finansiar m
WHERE m.organisation_id = (SELECT id FROM organisation WHERE nyckel = 'kommun-0980')
ON CONFLICT (ar, organisation_id) DO UPDATE SET belopp = belopp + excluded.belopp;
DELETE FROM medel_finansiar
WHERE organisation_id = (SELECT id FROM organisation WHERE nyckel = 'kommun-0980');

DELETE FROM organisation WHERE nyckel = 'kommun-0980';

-- The kommuner the förbund uses are renamed in place, with the history trigger of
-- migration 6 recording each old and new name.
UPDATE organisation
SET namn = n.namn, namn_nyckel = n.namn_nyckel
FROM temp.officiellt_namn n
WHERE organisation.nyckel = 'kommun-' || n.kod
  AND organisation.namn IS NOT n.namn
  AND (organisation.id IN (SELECT organisation_id FROM ingaende_organisation)
       OR organisation.id IN (SELECT organisation_id FROM medel_finansiar));

-- The rest of the list is reference data the förbund has not used: correcting it is no
-- change to the officer's data, so it is kept out of the history (as the kommun table's
-- names below are). The trigger is set aside for these rows only and then restored
-- exactly as migration 6 made it.
DROP TRIGGER historik_organisation_update;

UPDATE organisation
SET namn = n.namn, namn_nyckel = n.namn_nyckel
FROM temp.officiellt_namn n
WHERE organisation.nyckel = 'kommun-' || n.kod
  AND organisation.namn IS NOT n.namn;

CREATE TRIGGER historik_organisation_update AFTER UPDATE OF namn ON organisation
WHEN OLD.namn IS NOT NEW.namn
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'organisation', NEW.namn, 'namn',
            OLD.namn, NEW.namn);
END;

-- The kommun table holds the same names (a core test compares them with the SCB list).
UPDATE kommun
SET namn = n.namn
FROM temp.officiellt_namn n
WHERE kommun.kod = n.kod AND kommun.namn IS NOT n.namn;

DROP TABLE temp.officiellt_namn;
DELETE FROM historik_pagaende;
