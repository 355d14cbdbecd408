-- Finsamkollen data file, schema version 12: the export archive also records the
-- styrelserapport (PDF). SQLite cannot change a CHECK in place, so the table is rebuilt
-- with its rows, ids and index kept.
CREATE TABLE export_arkiv_ny (
    id INTEGER PRIMARY KEY,
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    tidpunkt TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('json', 'xlsx', 'pdf')),
    sokvag TEXT NOT NULL,
    preliminar INTEGER NOT NULL CHECK (preliminar IN (0, 1)),
    fel INTEGER NOT NULL CHECK (fel >= 0),
    varningar INTEGER NOT NULL CHECK (varningar >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;

INSERT INTO export_arkiv_ny (id, ar, tidpunkt, format, sokvag, preliminar, fel, varningar, sha256)
    SELECT id, ar, tidpunkt, format, sokvag, preliminar, fel, varningar, sha256 FROM export_arkiv;

DROP TABLE export_arkiv;
ALTER TABLE export_arkiv_ny RENAME TO export_arkiv;

CREATE INDEX export_arkiv_ar ON export_arkiv (ar, tidpunkt);
