-- Finsamkollen data file, schema version 4: budget och utfall per insats and year, and the
-- förbund's administrative costs per year. Amounts in whole kronor; empty means not given.

CREATE TABLE budget (
    insats_id INTEGER NOT NULL REFERENCES insats (id),
    ar INTEGER NOT NULL CHECK (ar BETWEEN 2004 AND 2200),
    budget INTEGER CHECK (budget IS NULL OR budget BETWEEN 0 AND 10000000000),
    utfall INTEGER CHECK (utfall IS NULL OR utfall BETWEEN 0 AND 10000000000),
    -- Budgeterat antal deltagare: only for insatser that follow participants (B1, checked
    -- by the core and by the trigger below).
    budget_deltagare INTEGER CHECK (budget_deltagare IS NULL OR budget_deltagare BETWEEN 0 AND 1000000),
    PRIMARY KEY (insats_id, ar)
) STRICT;

CREATE TRIGGER budget_deltagare_needs_follow_up_insert
BEFORE INSERT ON budget
WHEN NEW.budget_deltagare IS NOT NULL
 AND (SELECT foljer_deltagare FROM insats WHERE id = NEW.insats_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'b1_no_follow_up');
END;

CREATE TRIGGER budget_deltagare_needs_follow_up_update
BEFORE UPDATE ON budget
WHEN NEW.budget_deltagare IS NOT NULL
 AND (SELECT foljer_deltagare FROM insats WHERE id = NEW.insats_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'b1_no_follow_up');
END;

-- Administrativa kostnader: staff employed by the board, fees to board members and auditors,
-- premises, IT, telephony, office supplies, training of the förbund's own staff, accounting
-- and audit; not the insatser's own costs.
CREATE TABLE admin_kostnad (
    ar INTEGER PRIMARY KEY CHECK (ar BETWEEN 2004 AND 2200),
    budget INTEGER CHECK (budget IS NULL OR budget BETWEEN 0 AND 10000000000),
    utfall INTEGER CHECK (utfall IS NULL OR utfall BETWEEN 0 AND 10000000000)
) STRICT;
