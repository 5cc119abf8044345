-- Brand webhook events (commission.credited, payout_run.approved, payout_run.paid) written with
-- their ledger entry's or run's change and handed over to campaign-service's delivery engine, then
-- deleted (ADR 0056, contract WebhookOutbox; the same table as tracking-service's).
CREATE TABLE webhook_outbox (
    event_id    text PRIMARY KEY,
    brand_id    uuid        NOT NULL,
    type        text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    -- The event's data object as JSON.
    data_json   text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX webhook_outbox_oldest ON webhook_outbox (created_at, event_id);
