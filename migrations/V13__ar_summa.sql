-- Finsamkollen data file, schema version 13: every year's sums for "Alla år", kept by
-- triggers, so the overview reads one row per year instead of every budget and count row
-- (issue 15: it must be as fast as one year view after twenty years).
--
-- Budget rows and counts can only lie within their insats's years (I3), and counts only
-- belong to insatser that follow their participants (D1, and the choice is fixed once the
-- insats exists), so summing the rows as they are written gives the figures the year
-- views show. The insatser running in a year are kept as a running sum: each insats adds
-- one to its first year's `startar` and one to its last year's `slutar`.
--
-- Rows are added with NOT EXISTS rather than OR IGNORE: a trigger's conflict policy gives
-- way to that of the statement that fired it (an upsert).
--
-- Written so it can run again on a file it has already migrated: the sums are rebuilt.
CREATE TABLE IF NOT EXISTS ar_summa (
    ar INTEGER PRIMARY KEY,
    -- Insatsernas budget and utfall.
    budget INTEGER NOT NULL DEFAULT 0,
    utfall INTEGER NOT NULL DEFAULT 0,
    -- Budget rows with an utfall, and with a budget or an utfall.
    med_utfall INTEGER NOT NULL DEFAULT 0,
    med_siffror INTEGER NOT NULL DEFAULT 0,
    -- Counts of insatser that follow their participants.
    kvinnor INTEGER NOT NULL DEFAULT 0,
    man INTEGER NOT NULL DEFAULT 0,
    antal INTEGER NOT NULL DEFAULT 0,
    deltagarrader INTEGER NOT NULL DEFAULT 0,
    -- Insatser whose first year, and whose last year, this is.
    startar INTEGER NOT NULL DEFAULT 0,
    slutar INTEGER NOT NULL DEFAULT 0
) STRICT;

DELETE FROM ar_summa;

INSERT INTO ar_summa (ar)
    SELECT ar FROM budget
    UNION SELECT ar FROM deltagare
    UNION SELECT CAST(substr(startdatum, 1, 4) AS INTEGER) FROM insats
    UNION SELECT CAST(substr(slutdatum, 1, 4) AS INTEGER) FROM insats WHERE slutdatum IS NOT NULL;

UPDATE ar_summa SET
    budget = (SELECT coalesce(sum(budget), 0) FROM budget b WHERE b.ar = ar_summa.ar),
    utfall = (SELECT coalesce(sum(utfall), 0) FROM budget b WHERE b.ar = ar_summa.ar),
    med_utfall = (SELECT count(utfall) FROM budget b WHERE b.ar = ar_summa.ar),
    med_siffror = (SELECT count(*) FROM budget b
                   WHERE b.ar = ar_summa.ar AND (budget IS NOT NULL OR utfall IS NOT NULL)),
    kvinnor = (SELECT coalesce(sum(d.kvinnor), 0) FROM deltagare d JOIN insats i ON i.id = d.insats_id
               WHERE d.ar = ar_summa.ar AND i.foljer_deltagare = 1),
    man = (SELECT coalesce(sum(d.man), 0) FROM deltagare d JOIN insats i ON i.id = d.insats_id
           WHERE d.ar = ar_summa.ar AND i.foljer_deltagare = 1),
    antal = (SELECT coalesce(sum(d.antal), 0) FROM deltagare d JOIN insats i ON i.id = d.insats_id
             WHERE d.ar = ar_summa.ar AND i.foljer_deltagare = 1),
    deltagarrader = (SELECT count(*) FROM deltagare d JOIN insats i ON i.id = d.insats_id
                     WHERE d.ar = ar_summa.ar AND i.foljer_deltagare = 1),
    startar = (SELECT count(*) FROM insats
               WHERE CAST(substr(startdatum, 1, 4) AS INTEGER) = ar_summa.ar),
    slutar = (SELECT count(*) FROM insats
              WHERE slutdatum IS NOT NULL AND CAST(substr(slutdatum, 1, 4) AS INTEGER) = ar_summa.ar);

-- Budget and utfall.
CREATE TRIGGER IF NOT EXISTS ar_summa_budget_insert AFTER INSERT ON budget
BEGIN
    INSERT INTO ar_summa (ar) SELECT NEW.ar
        WHERE NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = NEW.ar);
    UPDATE ar_summa SET
        budget = budget + coalesce(NEW.budget, 0),
        utfall = utfall + coalesce(NEW.utfall, 0),
        med_utfall = med_utfall + (NEW.utfall IS NOT NULL),
        med_siffror = med_siffror + (NEW.budget IS NOT NULL OR NEW.utfall IS NOT NULL)
    WHERE ar = NEW.ar;
END;

CREATE TRIGGER IF NOT EXISTS ar_summa_budget_delete AFTER DELETE ON budget
BEGIN
    UPDATE ar_summa SET
        budget = budget - coalesce(OLD.budget, 0),
        utfall = utfall - coalesce(OLD.utfall, 0),
        med_utfall = med_utfall - (OLD.utfall IS NOT NULL),
        med_siffror = med_siffror - (OLD.budget IS NOT NULL OR OLD.utfall IS NOT NULL)
    WHERE ar = OLD.ar;
END;

CREATE TRIGGER IF NOT EXISTS ar_summa_budget_update AFTER UPDATE OF ar, budget, utfall ON budget
BEGIN
    UPDATE ar_summa SET
        budget = budget - coalesce(OLD.budget, 0),
        utfall = utfall - coalesce(OLD.utfall, 0),
        med_utfall = med_utfall - (OLD.utfall IS NOT NULL),
        med_siffror = med_siffror - (OLD.budget IS NOT NULL OR OLD.utfall IS NOT NULL)
    WHERE ar = OLD.ar;
    INSERT INTO ar_summa (ar) SELECT NEW.ar
        WHERE NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = NEW.ar);
    UPDATE ar_summa SET
        budget = budget + coalesce(NEW.budget, 0),
        utfall = utfall + coalesce(NEW.utfall, 0),
        med_utfall = med_utfall + (NEW.utfall IS NOT NULL),
        med_siffror = med_siffror + (NEW.budget IS NOT NULL OR NEW.utfall IS NOT NULL)
    WHERE ar = NEW.ar;
END;

-- Counts, of insatser that follow their participants only.
CREATE TRIGGER IF NOT EXISTS ar_summa_deltagare_insert AFTER INSERT ON deltagare
WHEN (SELECT foljer_deltagare FROM insats WHERE id = NEW.insats_id) = 1
BEGIN
    INSERT INTO ar_summa (ar) SELECT NEW.ar
        WHERE NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = NEW.ar);
    UPDATE ar_summa SET
        kvinnor = kvinnor + coalesce(NEW.kvinnor, 0),
        man = man + coalesce(NEW.man, 0),
        antal = antal + coalesce(NEW.antal, 0),
        deltagarrader = deltagarrader + 1
    WHERE ar = NEW.ar;
END;

CREATE TRIGGER IF NOT EXISTS ar_summa_deltagare_delete AFTER DELETE ON deltagare
WHEN (SELECT foljer_deltagare FROM insats WHERE id = OLD.insats_id) = 1
BEGIN
    UPDATE ar_summa SET
        kvinnor = kvinnor - coalesce(OLD.kvinnor, 0),
        man = man - coalesce(OLD.man, 0),
        antal = antal - coalesce(OLD.antal, 0),
        deltagarrader = deltagarrader - 1
    WHERE ar = OLD.ar;
END;

CREATE TRIGGER IF NOT EXISTS ar_summa_deltagare_update AFTER UPDATE OF ar, kvinnor, man, antal ON deltagare
WHEN (SELECT foljer_deltagare FROM insats WHERE id = NEW.insats_id) = 1
BEGIN
    UPDATE ar_summa SET
        kvinnor = kvinnor - coalesce(OLD.kvinnor, 0),
        man = man - coalesce(OLD.man, 0),
        antal = antal - coalesce(OLD.antal, 0),
        deltagarrader = deltagarrader - 1
    WHERE ar = OLD.ar;
    INSERT INTO ar_summa (ar) SELECT NEW.ar
        WHERE NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = NEW.ar);
    UPDATE ar_summa SET
        kvinnor = kvinnor + coalesce(NEW.kvinnor, 0),
        man = man + coalesce(NEW.man, 0),
        antal = antal + coalesce(NEW.antal, 0),
        deltagarrader = deltagarrader + 1
    WHERE ar = NEW.ar;
END;

-- The years each insats runs: its first and its last.
CREATE TRIGGER IF NOT EXISTS ar_summa_insats_insert AFTER INSERT ON insats
BEGIN
    INSERT INTO ar_summa (ar) SELECT CAST(substr(NEW.startdatum, 1, 4) AS INTEGER)
        WHERE NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = CAST(substr(NEW.startdatum, 1, 4) AS INTEGER));
    UPDATE ar_summa SET startar = startar + 1
    WHERE ar = CAST(substr(NEW.startdatum, 1, 4) AS INTEGER);
    INSERT INTO ar_summa (ar) SELECT CAST(substr(NEW.slutdatum, 1, 4) AS INTEGER)
        WHERE NEW.slutdatum IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = CAST(substr(NEW.slutdatum, 1, 4) AS INTEGER));
    UPDATE ar_summa SET slutar = slutar + 1
    WHERE NEW.slutdatum IS NOT NULL AND ar = CAST(substr(NEW.slutdatum, 1, 4) AS INTEGER);
END;

CREATE TRIGGER IF NOT EXISTS ar_summa_insats_dates AFTER UPDATE OF startdatum, slutdatum ON insats
BEGIN
    UPDATE ar_summa SET startar = startar - 1
    WHERE ar = CAST(substr(OLD.startdatum, 1, 4) AS INTEGER);
    UPDATE ar_summa SET slutar = slutar - 1
    WHERE OLD.slutdatum IS NOT NULL AND ar = CAST(substr(OLD.slutdatum, 1, 4) AS INTEGER);
    INSERT INTO ar_summa (ar) SELECT CAST(substr(NEW.startdatum, 1, 4) AS INTEGER)
        WHERE NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = CAST(substr(NEW.startdatum, 1, 4) AS INTEGER));
    UPDATE ar_summa SET startar = startar + 1
    WHERE ar = CAST(substr(NEW.startdatum, 1, 4) AS INTEGER);
    INSERT INTO ar_summa (ar) SELECT CAST(substr(NEW.slutdatum, 1, 4) AS INTEGER)
        WHERE NEW.slutdatum IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM ar_summa WHERE ar = CAST(substr(NEW.slutdatum, 1, 4) AS INTEGER));
    UPDATE ar_summa SET slutar = slutar + 1
    WHERE NEW.slutdatum IS NOT NULL AND ar = CAST(substr(NEW.slutdatum, 1, 4) AS INTEGER);
END;
