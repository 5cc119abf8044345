-- A brand's payout run for one month: at most one per brand and period, so starting it again resumes it.
CREATE TABLE payout_run (
    id                   uuid PRIMARY KEY,
    brand_id             uuid        NOT NULL,
    period               date        NOT NULL CHECK (period = date_trunc('month', period)),
    status               text        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'PAID', 'FAILED')),
    minimum_payout_minor bigint      NOT NULL CHECK (minimum_payout_minor >= 0),
    minimum_currency     text        NOT NULL CHECK (minimum_currency ~ '^[A-Z]{3}$'),
    actor                text,
    failure_reason       text,
    created_at           timestamptz NOT NULL,
    CONSTRAINT payout_run_one_per_period UNIQUE (brand_id, period)
);

-- One statement per creator and currency of a run. A statement under the minimum (or not positive) is
-- carried forward: it claims no lines, and its entries wait for the next run.
CREATE TABLE statement (
    id              uuid PRIMARY KEY,
    run_id          uuid        NOT NULL REFERENCES payout_run (id),
    brand_id        uuid        NOT NULL,
    creator_id      uuid        NOT NULL,
    currency        text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    total_minor     bigint      NOT NULL,
    carried_minor   bigint      NOT NULL,
    carried_forward boolean     NOT NULL CHECK (carried_forward OR total_minor > 0),
    created_at      timestamptz NOT NULL,
    CONSTRAINT statement_one_per_creator UNIQUE (run_id, creator_id, currency)
);

-- The ledger entries a statement pays. While its run has not failed a line is active, and an entry has
-- at most one active line: no entry is paid twice. A failed run releases its lines to the next run.
CREATE TABLE statement_line (
    statement_id    uuid    NOT NULL REFERENCES statement (id),
    ledger_entry_id uuid    NOT NULL REFERENCES ledger_entry (id),
    amount_minor    bigint  NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    PRIMARY KEY (statement_id, ledger_entry_id)
);

CREATE UNIQUE INDEX statement_line_pays_an_entry_once ON statement_line (ledger_entry_id) WHERE active;
CREATE INDEX ledger_entry_brand_payable ON ledger_entry (brand_id, creator_id, currency, payable_at);
