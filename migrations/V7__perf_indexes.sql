-- Finsamkollen data file, schema version 7: indexes that keep the year view, the check and
-- the reports as fast after twenty years of history as after one (docs/benchmarks.md).
-- Version 6 is the change history, added on another branch at the same time.

-- A year's budget rows: the primary key (insats_id, ar) cannot find one year's rows
-- without reading every year's.
CREATE INDEX budget_ar ON budget (ar);

-- A year's participant counts, for the check and the report (same reason).
CREATE INDEX deltagare_ar ON deltagare (ar);

-- The insatser running in a year are those that end in or after it (an open-ended one
-- never ends) and start before its end. Old insatser end before the years the officer
-- works in, so a range on the end date reads only the recent ones, whatever the history.
-- The queries say `coalesce(slutdatum, '9999-12-31')` exactly as here to use it.
CREATE INDEX insats_running ON insats (coalesce(slutdatum, '9999-12-31'), startdatum);
