-- Payout runs compute in the background (ADR 0048): a run is COMPUTING until every creator's
-- statement is written, chunk after chunk of creators in creator-id order. computed_through is the
-- last creator id of the last committed chunk: a restarted worker resumes after it.
ALTER TABLE payout_run DROP CONSTRAINT payout_run_status_check;
ALTER TABLE payout_run ADD CONSTRAINT payout_run_status_check
    CHECK (status IN ('COMPUTING', 'DRAFT', 'APPROVED', 'PAID', 'FAILED'));
ALTER TABLE payout_run
    ADD COLUMN creators_total   integer NOT NULL DEFAULT 0 CHECK (creators_total >= 0),
    ADD COLUMN creators_done    integer NOT NULL DEFAULT 0 CHECK (creators_done >= 0),
    ADD COLUMN computed_through uuid;

-- Every change of a run is announced on channel payout_run once committed, for watchers of its
-- progress and status.
CREATE FUNCTION payout_run_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('payout_run', NEW.brand_id || ',' || NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER payout_run_notify AFTER UPDATE ON payout_run FOR EACH ROW EXECUTE FUNCTION payout_run_notify();

-- A run writes one line per ledger entry it pays (a million for a large brand). The per-row foreign
-- key checks cost more than the rest of the run together, and guard nothing here: lines are only
-- written by INSERT ... SELECT from ledger_entry joined to statement, and neither ledger entries
-- (append-only trigger) nor statements are ever deleted. Lines are keyed by their entry and each
-- chunk writes them in entry order, so both indexes take them in one ordered pass instead of at
-- random; a statement's lines are read through its creator's entries.
ALTER TABLE statement_line
    DROP CONSTRAINT statement_line_statement_id_fkey,
    DROP CONSTRAINT statement_line_ledger_entry_id_fkey,
    DROP CONSTRAINT statement_line_pkey,
    ADD PRIMARY KEY (ledger_entry_id, statement_id);

-- What a run reads, chunk by chunk of creators, from the index alone.
DROP INDEX ledger_entry_brand_payable;
CREATE INDEX ledger_entry_payable ON ledger_entry (brand_id, creator_id, currency)
    INCLUDE (payable_at, created_at, amount_minor, id) WHERE kind <> 'PAYOUT';
