-- Finsamkollen data file, schema version 14: the förbund's startdatum may be corrected (a
-- typo on the first day) until any insats or figure is registered (issue 23). The core
-- refuses it first; the trigger keeps every other path to the same rule. Budget rows and
-- counts need an insats, so the insats table stands for them.
DROP TRIGGER forbund_startdatum_fixed;

CREATE TRIGGER forbund_startdatum_fixed
BEFORE UPDATE OF startdatum ON forbund
WHEN NEW.startdatum IS NOT OLD.startdatum
    AND (EXISTS (SELECT 1 FROM insats)
        OR EXISTS (SELECT 1 FROM medel)
        OR EXISTS (SELECT 1 FROM medel_finansiar)
        OR EXISTS (SELECT 1 FROM admin_kostnad)
        OR EXISTS (SELECT 1 FROM inrapportering))
BEGIN
    SELECT RAISE(ABORT, 'startdatum_fixed');
END;
