-- Finsamkollen data file, schema version 9 (issue 16, items 3–5): the deltagaransvarig's
-- employer and the rule that they report for individinriktade insatser only (U2), whether
-- the förbund itself leads and steers an ESF-financed insats (M3), and Nationella rådet's
-- levels of eget kapital as editable reference data with their source (F2).
--
-- Nothing is deleted: links that break U2 (a deltagaransvarig linked to a
-- strukturövergripande insats) are kept and listed as warnings in the förhandskontroll.
-- Every statement can run again on a file it has already migrated (new tables and
-- triggers only, each "IF NOT EXISTS").

-- U2: the organisation that employs a deltagaransvarig, chosen from the ingående
-- organisationer. People registered before this version have none (the check warns).
CREATE TABLE IF NOT EXISTS uppdrag_arbetsgivare (
    uppdrag_id INTEGER PRIMARY KEY REFERENCES uppdrag (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation (id)
) STRICT;

-- U2 in the schema: no new link from a deltagaransvarig to a strukturövergripande insats.
-- Links made before this version stay (the core lists them as warnings).
CREATE TRIGGER IF NOT EXISTS deltagaransvarig_individ_only
BEFORE INSERT ON insats_deltagaransvarig
WHEN (SELECT inriktning FROM insats WHERE id = NEW.insats_id) = 'strukturovergripande'
BEGIN
    SELECT RAISE(ABORT, 'u2_deltagaransvarig_individ: en deltagaransvarig rapporterar bara för individinriktade insatser');
END;

-- M3: for an ESF-financed insats, whether the förbund itself leads and steers the ESF
-- project (`leder` = 1: ESF-rådet must be a financier) or only supports an ESF-financed
-- project (0: it may be). An ESF insats made before this version has no row and keeps the
-- old reading, "leads", so no error disappears before the officer has answered.
CREATE TABLE IF NOT EXISTS insats_esf (
    insats_id INTEGER PRIMARY KEY REFERENCES insats (id),
    leder INTEGER NOT NULL CHECK (leder IN (0, 1))
) STRICT;

-- F2: Nationella rådet's recommended eget kapital, in steps by the size of the year's
-- medel from samverkansparterna: from `medel_fran` kronor upwards the överskott should be
-- at most `procent` per cent of them. Shipped empty (the warning is off): the figures must
-- come from a cited source, entered under Inställningar.
CREATE TABLE IF NOT EXISTS eget_kapital_steg (
    medel_fran INTEGER PRIMARY KEY CHECK (medel_fran BETWEEN 0 AND 10000000000),
    procent INTEGER NOT NULL CHECK (procent BETWEEN 0 AND 1000)
) STRICT;

-- The source of the steps: one row, its name, address and date as the officer cites them.
CREATE TABLE IF NOT EXISTS eget_kapital_kalla (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    namn TEXT NOT NULL DEFAULT '' CHECK (length(namn) <= 300),
    url TEXT NOT NULL DEFAULT '' CHECK (length(url) <= 500),
    datum TEXT CHECK (datum IS NULL OR datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;
INSERT OR IGNORE INTO eget_kapital_kalla (id) VALUES (1);

-- History of the new tables, as V6 records the rest. The employer is recorded by name
-- under the person's name.
CREATE TRIGGER IF NOT EXISTS historik_arbetsgivare_insert AFTER INSERT ON uppdrag_arbetsgivare
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'uppdrag_arbetsgivare',
            coalesce((SELECT namn FROM uppdrag WHERE id = NEW.uppdrag_id), ''), 'arbetsgivare', NULL,
            (SELECT namn FROM organisation WHERE id = NEW.organisation_id));
END;

CREATE TRIGGER IF NOT EXISTS historik_arbetsgivare_update AFTER UPDATE ON uppdrag_arbetsgivare
WHEN OLD.organisation_id IS NOT NEW.organisation_id
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'uppdrag_arbetsgivare',
            coalesce((SELECT namn FROM uppdrag WHERE id = NEW.uppdrag_id), ''), 'arbetsgivare',
            (SELECT namn FROM organisation WHERE id = OLD.organisation_id),
            (SELECT namn FROM organisation WHERE id = NEW.organisation_id));
END;

CREATE TRIGGER IF NOT EXISTS historik_arbetsgivare_delete BEFORE DELETE ON uppdrag_arbetsgivare
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'uppdrag_arbetsgivare',
            coalesce((SELECT namn FROM uppdrag WHERE id = OLD.uppdrag_id), ''), 'arbetsgivare',
            (SELECT namn FROM organisation WHERE id = OLD.organisation_id), NULL);
END;

CREATE TRIGGER IF NOT EXISTS historik_insats_esf_insert AFTER INSERT ON insats_esf
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'insats_esf', NEW.insats_id,
            'leder', NULL, NEW.leder);
END;

CREATE TRIGGER IF NOT EXISTS historik_insats_esf_update AFTER UPDATE ON insats_esf
WHEN OLD.leder IS NOT NEW.leder
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'insats_esf', NEW.insats_id,
            'leder', OLD.leder, NEW.leder);
END;

CREATE TRIGGER IF NOT EXISTS historik_eget_kapital_steg_insert AFTER INSERT ON eget_kapital_steg
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'eget_kapital_steg',
            NEW.medel_fran, 'procent', NULL, NEW.procent);
END;

CREATE TRIGGER IF NOT EXISTS historik_eget_kapital_steg_update AFTER UPDATE ON eget_kapital_steg
WHEN OLD.procent IS NOT NEW.procent
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'eget_kapital_steg',
            NEW.medel_fran, 'procent', OLD.procent, NEW.procent);
END;

CREATE TRIGGER IF NOT EXISTS historik_eget_kapital_steg_delete AFTER DELETE ON eget_kapital_steg
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'eget_kapital_steg',
            OLD.medel_fran, 'procent', OLD.procent, NULL);
END;

CREATE TRIGGER IF NOT EXISTS historik_eget_kapital_kalla AFTER UPDATE ON eget_kapital_kalla
BEGIN
    INSERT INTO historik (handling_id, tabell, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'eget_kapital_kalla', f, o, n
    FROM (SELECT 'namn' AS f, OLD.namn AS o, NEW.namn AS n
          UNION ALL SELECT 'url', OLD.url, NEW.url
          UNION ALL SELECT 'datum', OLD.datum, NEW.datum)
    WHERE o IS NOT n;
END;
