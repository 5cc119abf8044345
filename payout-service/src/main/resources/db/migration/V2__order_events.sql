-- Order events relayed by tracking-service, each stored once: the facts commission is computed from.
-- A refund or cancellation that arrives before its order's completion waits here for it.
CREATE TABLE order_event (
    event_id            text PRIMARY KEY,
    brand_id            uuid        NOT NULL,
    order_id            text        NOT NULL CHECK (order_id <> ''),
    creator_id          uuid        NOT NULL,
    campaign_id         uuid        NOT NULL,
    post_id             uuid,
    offer_version_id    uuid        NOT NULL,
    kind                text        NOT NULL CHECK (kind IN ('COMPLETED', 'CANCELLED', 'REFUNDED')),
    order_amount_minor  bigint      NOT NULL CHECK (order_amount_minor >= 0),
    refund_amount_minor bigint      NOT NULL CHECK ((kind = 'REFUNDED') = (refund_amount_minor > 0) AND refund_amount_minor >= 0),
    currency            text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    occurred_at         timestamptz NOT NULL,
    received_at         timestamptz NOT NULL
);

CREATE INDEX order_event_order ON order_event (brand_id, order_id);
CREATE INDEX order_event_completion_period ON order_event (brand_id, creator_id, offer_version_id, occurred_at)
    WHERE kind = 'COMPLETED';

-- What an entry from an order event points to: the event (and its order), the campaign whose budget
-- it spends, the offer version and month whose tiers and bonuses it counts in, and when it is payable.
-- Adding columns touches no row, so the append-only trigger is not involved.
ALTER TABLE ledger_entry
    ADD COLUMN event_id         text REFERENCES order_event (event_id),
    ADD COLUMN order_id         text,
    ADD COLUMN campaign_id      uuid,
    ADD COLUMN offer_version_id uuid,
    ADD COLUMN period           date CHECK (period = date_trunc('month', period)),
    ADD COLUMN payable_at       timestamptz;

CREATE INDEX ledger_entry_order ON ledger_entry (brand_id, order_id) WHERE order_id IS NOT NULL;
CREATE INDEX ledger_entry_campaign ON ledger_entry (brand_id, campaign_id, currency) WHERE campaign_id IS NOT NULL;
CREATE INDEX ledger_entry_period ON ledger_entry (brand_id, creator_id, offer_version_id, period) WHERE period IS NOT NULL;

-- Credits the campaign's budget cap cut short (granted < wanted; 0 when the budget was spent): the
-- visible record that accruals stopped at the cap. One row per ledger cause that was cut.
CREATE TABLE budget_stop (
    brand_id      uuid        NOT NULL,
    campaign_id   uuid        NOT NULL,
    creator_id    uuid        NOT NULL,
    cause         text        NOT NULL,
    event_id      text        NOT NULL REFERENCES order_event (event_id),
    currency      text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    wanted_minor  bigint      NOT NULL CHECK (wanted_minor > 0),
    granted_minor bigint      NOT NULL CHECK (granted_minor >= 0 AND granted_minor < wanted_minor),
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (brand_id, cause)
);
