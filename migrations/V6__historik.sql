-- Finsamkollen data file, schema version 6: Historik, the change history.
--
-- Every change to the officer's data is recorded by the triggers below, whatever path made
-- it, as one row per changed field: which table and field, the old and the new value. Rows
-- are grouped by the user action (handling) they belonged to, with its time. The core opens
-- a handling in `historik_pagaende` at the start of each write transaction and clears it
-- before commit; a change made outside the app (say, with the sqlite3 tool) is still
-- recorded, without a handling. History is append-only: no update or delete is allowed.

-- Handling: one user action, e.g. "Spara budget och utfall 2025", and when it was done.
CREATE TABLE historik_handling (
    id INTEGER PRIMARY KEY,
    tidpunkt TEXT NOT NULL,
    handling TEXT NOT NULL
) STRICT;

-- The handling of the write transaction in progress: one row at most, only inside a write.
-- A handling is stored only once it has changed something (see historik_handling_first;
-- NOT EXISTS rather than INSERT OR IGNORE, because an outer INSERT OR REPLACE would
-- override the IGNORE).
CREATE TABLE historik_pagaende (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    handling_id INTEGER NOT NULL,
    tidpunkt TEXT NOT NULL,
    handling TEXT NOT NULL
) STRICT;

-- One changed field. `insats_id` and `ar` say which insats and which year the change
-- belongs to, so the insats panel and the year view find their own history by index.
-- `post` names the row within its table when that is not an insats or a year (an
-- uppdrag's person, say). Values are stored as they were; the core formats them.
CREATE TABLE historik (
    id INTEGER PRIMARY KEY,
    handling_id INTEGER REFERENCES historik_handling (id),
    tabell TEXT NOT NULL,
    insats_id INTEGER,
    ar INTEGER,
    post TEXT NOT NULL DEFAULT '',
    falt TEXT NOT NULL,
    gammalt ANY,
    nytt ANY
) STRICT;

CREATE INDEX historik_insats ON historik (insats_id, id) WHERE insats_id IS NOT NULL;
CREATE INDEX historik_ar ON historik (ar, id) WHERE ar IS NOT NULL;
CREATE INDEX historik_tabell ON historik (tabell, id);
CREATE INDEX historik_handling_id ON historik (handling_id);

CREATE TRIGGER historik_handling_first
BEFORE INSERT ON historik
WHEN NEW.handling_id IS NOT NULL
BEGIN
    INSERT INTO historik_handling (id, tidpunkt, handling)
    SELECT handling_id, tidpunkt, handling FROM historik_pagaende
    WHERE handling_id = NEW.handling_id
      AND NOT EXISTS (SELECT 1 FROM historik_handling WHERE id = NEW.handling_id);
END;

-- Append-only: what has been recorded stays as it was.
CREATE TRIGGER historik_no_update BEFORE UPDATE ON historik
BEGIN
    SELECT RAISE(ABORT, 'historik_append_only');
END;
CREATE TRIGGER historik_no_delete BEFORE DELETE ON historik
BEGIN
    SELECT RAISE(ABORT, 'historik_append_only');
END;
CREATE TRIGGER historik_handling_no_update BEFORE UPDATE ON historik_handling
BEGIN
    SELECT RAISE(ABORT, 'historik_append_only');
END;
CREATE TRIGGER historik_handling_no_delete BEFORE DELETE ON historik_handling
BEGIN
    SELECT RAISE(ABORT, 'historik_append_only');
END;

-- Förbund ---------------------------------------------------------------------------------

CREATE TRIGGER historik_forbund_insert AFTER INSERT ON forbund
BEGIN
    INSERT INTO historik (handling_id, tabell, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'forbund', f, NULL, n
    FROM (SELECT 'namn' AS f, NEW.namn AS n
          UNION ALL SELECT 'organisationsnummer', NEW.organisationsnummer
          UNION ALL SELECT 'startdatum', NEW.startdatum
          UNION ALL SELECT 'slutdatum', NEW.slutdatum)
    WHERE n IS NOT NULL;
END;

CREATE TRIGGER historik_forbund_update AFTER UPDATE ON forbund
BEGIN
    INSERT INTO historik (handling_id, tabell, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'forbund', f, o, n
    FROM (SELECT 'namn' AS f, OLD.namn AS o, NEW.namn AS n
          UNION ALL SELECT 'organisationsnummer', OLD.organisationsnummer, NEW.organisationsnummer
          UNION ALL SELECT 'startdatum', OLD.startdatum, NEW.startdatum
          UNION ALL SELECT 'slutdatum', OLD.slutdatum, NEW.slutdatum
          UNION ALL SELECT 'beskrivning', OLD.beskrivning, NEW.beskrivning
          UNION ALL SELECT 'gatuadress', OLD.gatuadress, NEW.gatuadress
          UNION ALL SELECT 'postnummer', OLD.postnummer, NEW.postnummer
          UNION ALL SELECT 'ort', OLD.ort, NEW.ort
          UNION ALL SELECT 'kontakt_namn', OLD.kontakt_namn, NEW.kontakt_namn
          UNION ALL SELECT 'kontakt_telefon', OLD.kontakt_telefon, NEW.kontakt_telefon
          UNION ALL SELECT 'kontakt_epost', OLD.kontakt_epost, NEW.kontakt_epost)
    WHERE o IS NOT n;
END;

-- Verksamhetsområde, stored by name as the app shows it: "Karlstad", "Stockholm – Bromma".
CREATE TRIGGER historik_omrade_insert AFTER INSERT ON verksamhetsomrade
BEGIN
    INSERT INTO historik (handling_id, tabell, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'verksamhetsomrade', 'omrade', NULL,
            CASE WHEN NEW.stadsdel_id IS NULL
                 THEN (SELECT kortnamn FROM kommun WHERE kod = NEW.kommun_kod)
                 ELSE (SELECT k.kortnamn || ' – ' || s.namn FROM stadsdel s
                       JOIN kommun k ON k.kod = s.kommun_kod WHERE s.id = NEW.stadsdel_id)
            END);
END;

CREATE TRIGGER historik_omrade_delete AFTER DELETE ON verksamhetsomrade
BEGIN
    INSERT INTO historik (handling_id, tabell, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'verksamhetsomrade', 'omrade',
            CASE WHEN OLD.stadsdel_id IS NULL
                 THEN (SELECT kortnamn FROM kommun WHERE kod = OLD.kommun_kod)
                 ELSE (SELECT k.kortnamn || ' – ' || s.namn FROM stadsdel s
                       JOIN kommun k ON k.kod = s.kommun_kod WHERE s.id = OLD.stadsdel_id)
            END, NULL);
END;

-- Ingående organisation with its roles, e.g. "Försäkringskassan (medlem, finansiär)".
CREATE TRIGGER historik_ingaende_insert AFTER INSERT ON ingaende_organisation
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'ingaende_organisation', o.namn,
           'organisation', NULL, o.namn ||
           CASE WHEN NEW.medlem = 1 AND NEW.finansiar = 1 THEN ' (medlem, finansiär)'
                WHEN NEW.medlem = 1 THEN ' (medlem)'
                WHEN NEW.finansiar = 1 THEN ' (finansiär)'
                ELSE '' END
    FROM organisation o WHERE o.id = NEW.organisation_id;
END;

CREATE TRIGGER historik_ingaende_update AFTER UPDATE ON ingaende_organisation
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'ingaende_organisation', o.namn,
           v.f, v.o, v.n
    FROM organisation o,
         (SELECT 'medlem' AS f, OLD.medlem AS o, NEW.medlem AS n
          UNION ALL SELECT 'finansiar', OLD.finansiar, NEW.finansiar) v
    WHERE o.id = NEW.organisation_id AND v.o IS NOT v.n;
END;

CREATE TRIGGER historik_ingaende_delete AFTER DELETE ON ingaende_organisation
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'ingaende_organisation', o.namn,
           'organisation', o.namn, NULL
    FROM organisation o WHERE o.id = OLD.organisation_id;
END;

-- The officer's own organisations (typ övrigt).
CREATE TRIGGER historik_organisation_insert AFTER INSERT ON organisation
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'organisation', NEW.namn, 'namn',
            NULL, NEW.namn);
END;

CREATE TRIGGER historik_organisation_update AFTER UPDATE OF namn ON organisation
WHEN OLD.namn IS NOT NEW.namn
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'organisation', NEW.namn, 'namn',
            OLD.namn, NEW.namn);
END;

-- Uppdrag: `post` is the person's name, `nytt`/`gammalt` of the row itself its role.
CREATE TRIGGER historik_uppdrag_insert AFTER INSERT ON uppdrag
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'uppdrag', NEW.namn, 'uppdrag', NULL,
            NEW.roll);
END;

CREATE TRIGGER historik_uppdrag_update AFTER UPDATE ON uppdrag
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'uppdrag', NEW.namn, f,
           o, n
    FROM (SELECT 'namn' AS f, OLD.namn AS o, NEW.namn AS n
          UNION ALL SELECT 'epost', OLD.epost, NEW.epost
          UNION ALL SELECT 'telefon', OLD.telefon, NEW.telefon
          UNION ALL SELECT 'roll', OLD.roll, NEW.roll)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_uppdrag_delete AFTER DELETE ON uppdrag
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'uppdrag', OLD.namn, 'uppdrag',
            OLD.roll, NULL);
END;

-- Insatser ---------------------------------------------------------------------------------

CREATE TRIGGER historik_insats_insert AFTER INSERT ON insats
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'insats', NEW.id, f, NULL, n
    FROM (SELECT 'namn' AS f, NEW.namn AS n
          UNION ALL SELECT 'inriktning', NEW.inriktning
          UNION ALL SELECT 'preciserad_inriktning', (SELECT namn FROM preciserad_inriktning
                   WHERE id = NEW.preciserad_inriktning_id)
          UNION ALL SELECT 'foljer_deltagare', NEW.foljer_deltagare
          UNION ALL SELECT 'esf', NEW.esf
          UNION ALL SELECT 'startdatum', NEW.startdatum
          UNION ALL SELECT 'slutdatum', NEW.slutdatum
          UNION ALL SELECT 'beskrivning', NULLIF(NEW.beskrivning, ''))
    WHERE n IS NOT NULL;
END;

CREATE TRIGGER historik_insats_update AFTER UPDATE ON insats
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'insats', NEW.id, f, o, n
    FROM (SELECT 'namn' AS f, OLD.namn AS o, NEW.namn AS n
          UNION ALL SELECT 'preciserad_inriktning', (SELECT namn FROM preciserad_inriktning
                   WHERE id = OLD.preciserad_inriktning_id), (SELECT namn FROM preciserad_inriktning
                   WHERE id = NEW.preciserad_inriktning_id)
          UNION ALL SELECT 'startdatum', OLD.startdatum, NEW.startdatum
          UNION ALL SELECT 'slutdatum', OLD.slutdatum, NEW.slutdatum
          UNION ALL SELECT 'beskrivning', OLD.beskrivning, NEW.beskrivning
          UNION ALL SELECT 'avslutad', OLD.avslutad, NEW.avslutad)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_malgrupp_insert AFTER INSERT ON insats_malgrupp
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'insats_malgrupp', NEW.insats_id,
            'malgrupp', NULL, (SELECT namn FROM malgrupp WHERE id = NEW.malgrupp_id));
END;

CREATE TRIGGER historik_malgrupp_delete AFTER DELETE ON insats_malgrupp
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'insats_malgrupp', OLD.insats_id,
            'malgrupp', (SELECT namn FROM malgrupp WHERE id = OLD.malgrupp_id), NULL);
END;

CREATE TRIGGER historik_ansvarig_insert AFTER INSERT ON insats_deltagaransvarig
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'insats_deltagaransvarig',
            NEW.insats_id, 'deltagaransvarig', NULL,
            (SELECT namn FROM uppdrag WHERE id = NEW.uppdrag_id));
END;

-- Removing a person cascades to these links; the uppdrag row is gone by then in some
-- orders of deletion, so the name may be unknown (NULL is then recorded).
CREATE TRIGGER historik_ansvarig_delete BEFORE DELETE ON insats_deltagaransvarig
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'insats_deltagaransvarig',
            OLD.insats_id, 'deltagaransvarig',
            (SELECT namn FROM uppdrag WHERE id = OLD.uppdrag_id), NULL);
END;

CREATE TRIGGER historik_deltagare_insert AFTER INSERT ON deltagare
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'deltagare', NEW.insats_id, NEW.ar,
           f, NULL, n
    FROM (SELECT 'kvinnor' AS f, NEW.kvinnor AS n
          UNION ALL SELECT 'man', NEW.man
          UNION ALL SELECT 'antal', NEW.antal)
    WHERE n IS NOT NULL;
END;

CREATE TRIGGER historik_deltagare_update AFTER UPDATE ON deltagare
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'deltagare', NEW.insats_id, NEW.ar,
           f, o, n
    FROM (SELECT 'kvinnor' AS f, OLD.kvinnor AS o, NEW.kvinnor AS n
          UNION ALL SELECT 'man', OLD.man, NEW.man
          UNION ALL SELECT 'antal', OLD.antal, NEW.antal)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_deltagare_delete AFTER DELETE ON deltagare
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'deltagare', OLD.insats_id, OLD.ar,
           f, n, NULL
    FROM (SELECT 'kvinnor' AS f, OLD.kvinnor AS n
          UNION ALL SELECT 'man', OLD.man
          UNION ALL SELECT 'antal', OLD.antal)
    WHERE n IS NOT NULL;
END;

-- Year figures -----------------------------------------------------------------------------

CREATE TRIGGER historik_medel_insert AFTER INSERT ON medel
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'medel', NEW.ar, f, NULL, n
    FROM (SELECT 'samverkansparterna' AS f, NEW.samverkansparterna AS n
          UNION ALL SELECT 'esf_plus', NEW.esf_plus
          UNION ALL SELECT 'overskott', NEW.overskott);
END;

CREATE TRIGGER historik_medel_update AFTER UPDATE ON medel
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'medel', NEW.ar, f, o, n
    FROM (SELECT 'samverkansparterna' AS f, OLD.samverkansparterna AS o, NEW.samverkansparterna AS n
          UNION ALL SELECT 'esf_plus', OLD.esf_plus, NEW.esf_plus
          UNION ALL SELECT 'overskott', OLD.overskott, NEW.overskott)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_medel_delete AFTER DELETE ON medel
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'medel', OLD.ar, f, n, NULL
    FROM (SELECT 'samverkansparterna' AS f, OLD.samverkansparterna AS n
          UNION ALL SELECT 'esf_plus', OLD.esf_plus
          UNION ALL SELECT 'overskott', OLD.overskott);
END;

CREATE TRIGGER historik_medel_finansiar_insert AFTER INSERT ON medel_finansiar
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'medel_finansiar', NEW.ar,
            (SELECT namn FROM organisation WHERE id = NEW.organisation_id), 'belopp', NULL,
            NEW.belopp);
END;

CREATE TRIGGER historik_medel_finansiar_update AFTER UPDATE ON medel_finansiar
WHEN OLD.belopp IS NOT NEW.belopp
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'medel_finansiar', NEW.ar,
            (SELECT namn FROM organisation WHERE id = NEW.organisation_id), 'belopp',
            OLD.belopp, NEW.belopp);
END;

CREATE TRIGGER historik_medel_finansiar_delete AFTER DELETE ON medel_finansiar
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'medel_finansiar', OLD.ar,
            (SELECT namn FROM organisation WHERE id = OLD.organisation_id), 'belopp',
            OLD.belopp, NULL);
END;

CREATE TRIGGER historik_budget_insert AFTER INSERT ON budget
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'budget', NEW.insats_id, NEW.ar,
           f, NULL, n
    FROM (SELECT 'budget' AS f, NEW.budget AS n
          UNION ALL SELECT 'utfall', NEW.utfall
          UNION ALL SELECT 'budget_deltagare', NEW.budget_deltagare)
    WHERE n IS NOT NULL;
END;

CREATE TRIGGER historik_budget_update AFTER UPDATE ON budget
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'budget', NEW.insats_id, NEW.ar,
           f, o, n
    FROM (SELECT 'budget' AS f, OLD.budget AS o, NEW.budget AS n
          UNION ALL SELECT 'utfall', OLD.utfall, NEW.utfall
          UNION ALL SELECT 'budget_deltagare', OLD.budget_deltagare, NEW.budget_deltagare)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_budget_delete AFTER DELETE ON budget
BEGIN
    INSERT INTO historik (handling_id, tabell, insats_id, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'budget', OLD.insats_id, OLD.ar,
           f, n, NULL
    FROM (SELECT 'budget' AS f, OLD.budget AS n
          UNION ALL SELECT 'utfall', OLD.utfall
          UNION ALL SELECT 'budget_deltagare', OLD.budget_deltagare)
    WHERE n IS NOT NULL;
END;

CREATE TRIGGER historik_admin_insert AFTER INSERT ON admin_kostnad
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'admin_kostnad', NEW.ar, f,
           NULL, n
    FROM (SELECT 'budget' AS f, NEW.budget AS n
          UNION ALL SELECT 'utfall', NEW.utfall)
    WHERE n IS NOT NULL;
END;

CREATE TRIGGER historik_admin_update AFTER UPDATE ON admin_kostnad
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'admin_kostnad', NEW.ar, f,
           o, n
    FROM (SELECT 'budget' AS f, OLD.budget AS o, NEW.budget AS n
          UNION ALL SELECT 'utfall', OLD.utfall, NEW.utfall)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_admin_delete AFTER DELETE ON admin_kostnad
BEGIN
    INSERT INTO historik (handling_id, tabell, ar, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'admin_kostnad', OLD.ar, f,
           n, NULL
    FROM (SELECT 'budget' AS f, OLD.budget AS n
          UNION ALL SELECT 'utfall', OLD.utfall)
    WHERE n IS NOT NULL;
END;

-- Reference lists (Inställningar) ----------------------------------------------------------

CREATE TRIGGER historik_preciserad_insert AFTER INSERT ON preciserad_inriktning
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'preciserad_inriktning', NEW.namn,
            'namn', NULL, NEW.namn);
END;

CREATE TRIGGER historik_preciserad_update AFTER UPDATE ON preciserad_inriktning
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'preciserad_inriktning', NEW.namn,
           f, o, n
    FROM (SELECT 'namn' AS f, OLD.namn AS o, NEW.namn AS n
          UNION ALL SELECT 'hjalptext', OLD.hjalptext, NEW.hjalptext
          UNION ALL SELECT 'dold', OLD.dold, NEW.dold)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_preciserad_delete AFTER DELETE ON preciserad_inriktning
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'preciserad_inriktning', OLD.namn,
            'namn', OLD.namn, NULL);
END;

CREATE TRIGGER historik_malgrupplista_insert AFTER INSERT ON malgrupp
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'malgrupp', NEW.namn, 'namn', NULL,
            NEW.namn);
END;

CREATE TRIGGER historik_malgrupplista_update AFTER UPDATE ON malgrupp
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    SELECT (SELECT handling_id FROM historik_pagaende), 'malgrupp', NEW.namn, f,
           o, n
    FROM (SELECT 'namn' AS f, OLD.namn AS o, NEW.namn AS n
          UNION ALL SELECT 'hjalptext', OLD.hjalptext, NEW.hjalptext
          UNION ALL SELECT 'dold', OLD.dold, NEW.dold)
    WHERE o IS NOT n;
END;

CREATE TRIGGER historik_malgrupplista_delete AFTER DELETE ON malgrupp
BEGIN
    INSERT INTO historik (handling_id, tabell, post, falt, gammalt, nytt)
    VALUES ((SELECT handling_id FROM historik_pagaende), 'malgrupp', OLD.namn, 'namn',
            OLD.namn, NULL);
END;
