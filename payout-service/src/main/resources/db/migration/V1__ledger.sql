-- The creators' commission ledger: append-only. Balances are sums; nothing is updated or deleted.
CREATE TABLE ledger_entry (
    id           uuid PRIMARY KEY,
    brand_id     uuid        NOT NULL,
    creator_id   uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('ACCRUAL', 'REVERSAL', 'BONUS', 'POST_FEE', 'TIER_ADJUSTMENT',
                                                      'PAYOUT', 'ADJUSTMENT')),
    amount_minor bigint      NOT NULL CHECK (amount_minor <> 0),
    currency     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- What caused the entry ("adjustment:<key>", later "order:<id>", ...): one entry per cause.
    cause        text        NOT NULL,
    reason       text,
    actor        text,
    created_at   timestamptz NOT NULL,
    CONSTRAINT ledger_entry_one_per_cause UNIQUE (brand_id, cause)
);

CREATE INDEX ledger_entry_creator ON ledger_entry (brand_id, creator_id, currency);

-- Append-only, enforced by the database itself.
CREATE FUNCTION ledger_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger entries are append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER ledger_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_is_append_only();
