-- Finsamkollen data file, schema version 5: the archive of exported yearly reports. Each
-- export is recorded with what the check said and a hash of the file, so the officer can
-- show which file was submitted.
CREATE TABLE export_arkiv (
    id INTEGER PRIMARY KEY,
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    tidpunkt TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('json', 'xlsx')),
    sokvag TEXT NOT NULL,
    preliminar INTEGER NOT NULL CHECK (preliminar IN (0, 1)),
    fel INTEGER NOT NULL CHECK (fel >= 0),
    varningar INTEGER NOT NULL CHECK (varningar >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64)
) STRICT;

CREATE INDEX export_arkiv_ar ON export_arkiv (ar, tidpunkt);
