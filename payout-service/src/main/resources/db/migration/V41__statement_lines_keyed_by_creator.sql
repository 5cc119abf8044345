-- A run writes its lines chunk by chunk of creators (ADR 0074). Keyed by entry, each chunk's lines
-- landed all over two indexes that grow to a million keys, and the INSERT grew slower chunk after
-- chunk. Keyed by creator first, a chunk's lines fill one stretch of ONE index, in order.
ALTER TABLE statement_line ADD COLUMN creator_id uuid;

-- The previous release inserts lines without their creator: the entry's creator is filled in then
-- (a condition, not a call, for rows that come with theirs).
CREATE FUNCTION statement_line_creator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT e.creator_id INTO NEW.creator_id FROM ledger_entry e WHERE e.id = NEW.ledger_entry_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER statement_line_creator BEFORE INSERT ON statement_line
    FOR EACH ROW WHEN (NEW.creator_id IS NULL) EXECUTE FUNCTION statement_line_creator();

UPDATE statement_line l SET creator_id = e.creator_id FROM ledger_entry e WHERE e.id = l.ledger_entry_id;
ALTER TABLE statement_line ALTER COLUMN creator_id SET NOT NULL;

-- The one index of a line: at most one active line per entry (an entry's creator never changes, so
-- per creator and entry is per entry), any number of released ones (one per failed statement). It
-- serves the claims, the "unclaimed" probe and reading a statement's lines through its creator's
-- entries, and replaces the primary key and statement_line_pays_an_entry_once.
CREATE UNIQUE INDEX statement_line_claim ON statement_line
    (creator_id, ledger_entry_id, (CASE WHEN active THEN NULL ELSE statement_id END)) NULLS NOT DISTINCT;
ALTER TABLE statement_line DROP CONSTRAINT statement_line_pkey;
DROP INDEX statement_line_pays_an_entry_once;
