-- Every appended entry is announced on channel ledger_entry once its transaction commits (NOTIFY is
-- delivered only on commit), so live earnings never show an entry that was rolled back.
CREATE FUNCTION ledger_entry_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ledger_entry', NEW.brand_id || ',' || NEW.creator_id || ',' || NEW.id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER ledger_entry_notify AFTER INSERT ON ledger_entry FOR EACH ROW EXECUTE FUNCTION ledger_entry_notify();
