-- Finsamkollen data file, schema version 3: insatser in full. Reference lists for
-- preciserad inriktning and målgrupp (defaults the officer can edit), the insats's links to
-- målgrupper and deltagaransvariga, participant counts, and the guards for I1 and I5.

-- Preciserad inriktning: the specific orientations, one list per inriktning. [decision]
-- The national guide's list was not available; these defaults are editable under
-- Inställningar. An entry in use can be hidden, not deleted.
CREATE TABLE preciserad_inriktning (
    id INTEGER PRIMARY KEY,
    inriktning TEXT NOT NULL CHECK (inriktning IN ('individinriktad', 'strukturovergripande')),
    namn TEXT NOT NULL CHECK (length(namn) BETWEEN 1 AND 200 AND namn = trim(namn)),
    namn_nyckel TEXT NOT NULL,
    hjalptext TEXT NOT NULL DEFAULT '',
    dold INTEGER NOT NULL DEFAULT 0 CHECK (dold IN (0, 1)),
    UNIQUE (inriktning, namn_nyckel)
) STRICT;

-- Målgrupp: target groups, one list for all insatser. [decision] Editable defaults.
CREATE TABLE malgrupp (
    id INTEGER PRIMARY KEY,
    namn TEXT NOT NULL CHECK (length(namn) BETWEEN 1 AND 200 AND namn = trim(namn)),
    namn_nyckel TEXT NOT NULL UNIQUE,
    hjalptext TEXT NOT NULL DEFAULT '',
    dold INTEGER NOT NULL DEFAULT 0 CHECK (dold IN (0, 1))
) STRICT;

ALTER TABLE insats ADD COLUMN preciserad_inriktning_id INTEGER
    REFERENCES preciserad_inriktning (id);

CREATE TABLE insats_malgrupp (
    insats_id INTEGER NOT NULL REFERENCES insats (id) ON DELETE CASCADE,
    malgrupp_id INTEGER NOT NULL REFERENCES malgrupp (id),
    PRIMARY KEY (insats_id, malgrupp_id)
) STRICT;

-- Deltagaransvariga linked to the insatser they report for. Removing a person removes
-- their links, never an insats.
CREATE TABLE insats_deltagaransvarig (
    insats_id INTEGER NOT NULL REFERENCES insats (id) ON DELETE CASCADE,
    uppdrag_id INTEGER NOT NULL REFERENCES uppdrag (id) ON DELETE CASCADE,
    PRIMARY KEY (insats_id, uppdrag_id)
) STRICT;

-- Deltagare: counts only, never persons. Kvinnor and män for individinriktade insatser,
-- antal for strukturövergripande ones that follow participants.
CREATE TABLE deltagare (
    insats_id INTEGER NOT NULL REFERENCES insats (id),
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    kvinnor INTEGER CHECK (kvinnor IS NULL OR kvinnor BETWEEN 0 AND 1000000),
    man INTEGER CHECK (man IS NULL OR man BETWEEN 0 AND 1000000),
    antal INTEGER CHECK (antal IS NULL OR antal BETWEEN 0 AND 1000000),
    PRIMARY KEY (insats_id, ar)
) STRICT;

-- I1: inriktning, uppföljningsmetod and ESF-finansiering are fixed at creation. The core
-- refuses first; these make sure no other path can.
CREATE TRIGGER insats_fixed_choices
BEFORE UPDATE OF inriktning, foljer_deltagare, esf ON insats
WHEN NEW.inriktning IS NOT OLD.inriktning
  OR NEW.foljer_deltagare IS NOT OLD.foljer_deltagare
  OR NEW.esf IS NOT OLD.esf
BEGIN
    SELECT RAISE(ABORT, 'insats_fixed_choice');
END;

-- I5: an avslutad insats is final: nothing about it changes, and it is never reactivated.
CREATE TRIGGER insats_avslutad_final
BEFORE UPDATE ON insats
WHEN OLD.avslutad = 1
BEGIN
    SELECT RAISE(ABORT, 'insats_avslutad');
END;

CREATE TRIGGER insats_no_delete
BEFORE DELETE ON insats
BEGIN
    SELECT RAISE(ABORT, 'insats_no_delete');
END;

-- D2: the participant counts of an avslutad insats are frozen.
CREATE TRIGGER deltagare_frozen_insert
BEFORE INSERT ON deltagare
WHEN (SELECT avslutad FROM insats WHERE id = NEW.insats_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'insats_avslutad');
END;

CREATE TRIGGER deltagare_frozen_update
BEFORE UPDATE ON deltagare
WHEN (SELECT avslutad FROM insats WHERE id = OLD.insats_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'insats_avslutad');
END;

CREATE TRIGGER deltagare_frozen_delete
BEFORE DELETE ON deltagare
WHEN (SELECT avslutad FROM insats WHERE id = OLD.insats_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'insats_avslutad');
END;

INSERT INTO preciserad_inriktning (inriktning, namn, namn_nyckel, hjalptext) VALUES
    ('individinriktad', 'Arbetsförberedande insats', 'arbetsförberedande insats',
     'Stöd som förbereder deltagaren för arbete: arbetsträning, praktik, arbetsprövning.'),
    ('individinriktad', 'Stöd till arbete', 'stöd till arbete',
     'Direkt stöd att få och behålla ett arbete, t.ex. IPS eller Supported employment.'),
    ('individinriktad', 'Kartläggning och bedömning', 'kartläggning och bedömning',
     'Gemensam kartläggning av behov, resurser och arbetsförmåga.'),
    ('individinriktad', 'Motivation och social aktivering', 'motivation och social aktivering',
     'Insatser som bryter isolering och bygger motivation, struktur och vardagsrutiner.'),
    ('individinriktad', 'Studieförberedande insats', 'studieförberedande insats',
     'Stöd att påbörja eller fullfölja studier.'),
    ('individinriktad', 'Hälsa och rehabilitering', 'hälsa och rehabilitering',
     'Insatser för fysisk och psykisk hälsa som en del av vägen mot arbete eller studier.'),
    ('individinriktad', 'Övrig individinriktad insats', 'övrig individinriktad insats',
     'Individinriktade insatser som inte passar in i någon annan kategori.'),
    ('strukturovergripande', 'Samverkansstruktur', 'samverkansstruktur',
     'Varaktiga former för samverkan, t.ex. samverkansteam eller gemensam mottagning.'),
    ('strukturovergripande', 'Kompetensutveckling', 'kompetensutveckling',
     'Utbildning och lärande för personal hos samverkansparterna.'),
    ('strukturovergripande', 'Metodutveckling', 'metodutveckling',
     'Att pröva, utveckla och införa arbetssätt och metoder.'),
    ('strukturovergripande', 'Kartläggning och analys', 'kartläggning och analys',
     'Behovsanalyser, kartläggningar och uppföljningar som underlag för samverkan.'),
    ('strukturovergripande', 'Samordnande funktion', 'samordnande funktion',
     'Funktioner som samordnar parternas insatser, t.ex. samordnare eller koordinatorer.'),
    ('strukturovergripande', 'Information och kunskapsspridning', 'information och kunskapsspridning',
     'Konferenser, nätverk och annan spridning av kunskap mellan parterna.'),
    ('strukturovergripande', 'Övrig strukturövergripande insats', 'övrig strukturövergripande insats',
     'Strukturövergripande insatser som inte passar in i någon annan kategori.');

INSERT INTO malgrupp (namn, namn_nyckel, hjalptext) VALUES
    ('Unga 16–29 år', 'unga 16–29 år', 'Unga som varken arbetar eller studerar, eller riskerar att inte göra det.'),
    ('Sjukskrivna', 'sjukskrivna', 'Personer med sjukpenning eller som är sjukskrivna från arbete.'),
    ('Personer med aktivitets- eller sjukersättning', 'personer med aktivitets- eller sjukersättning', 'Personer med aktivitetsersättning eller sjukersättning.'),
    ('Personer med ekonomiskt bistånd', 'personer med ekonomiskt bistånd', 'Personer som har försörjningsstöd från kommunen.'),
    ('Arbetssökande med funktionsnedsättning', 'arbetssökande med funktionsnedsättning', 'Inskrivna hos Arbetsförmedlingen med en funktionsnedsättning som påverkar arbetsförmågan.'),
    ('Personer med psykisk ohälsa', 'personer med psykisk ohälsa', 'Personer med psykisk ohälsa eller psykiatrisk diagnos.'),
    ('Personer med missbruk eller beroende', 'personer med missbruk eller beroende', 'Personer med missbruk eller beroende av alkohol, narkotika eller spel.'),
    ('Utrikes födda', 'utrikes födda', 'Utrikes födda, t.ex. nyanlända, som behöver samordnat stöd.'),
    ('Långtidsarbetslösa', 'långtidsarbetslösa', 'Personer som varit utan arbete länge.'),
    ('Personal hos samverkansparterna', 'personal hos samverkansparterna', 'För strukturövergripande insatser: medarbetare och chefer hos parterna.'),
    ('Övriga', 'övriga', 'Målgrupper som inte passar in i någon annan kategori.');
