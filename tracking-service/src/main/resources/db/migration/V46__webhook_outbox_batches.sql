-- A transaction's webhook events in one row (contract WebhookOutbox, ADR 0075 third round): a batch
-- of orders inserted, and later deleted, a row per event in webhook_outbox. The same table in
-- tracking-service and payout-service: each service's schema history is its own.
CREATE TABLE webhook_outbox_batch (
    id         uuid PRIMARY KEY,
    created_at timestamptz NOT NULL,
    -- JSON array of {"eventId", "brandId", "type", "occurredAt", "data"}; data is the event's data
    -- object as JSON text, kept exactly as written. lz4: a batch's array is large, and pglz
    -- compresses it at several times lz4's CPU.
    events     text        COMPRESSION lz4 NOT NULL
);
CREATE INDEX webhook_outbox_batch_oldest ON webhook_outbox_batch (created_at, id);

-- Events not handed over yet move, one row each. No release wrote webhook_outbox, so no running
-- code writes it any more; it stays, empty, until a release contracts it (docs/schema-changes.md).
INSERT INTO webhook_outbox_batch (id, created_at, events)
SELECT gen_random_uuid(), created_at,
       json_build_array(json_build_object(
           'eventId', event_id, 'brandId', brand_id, 'type', type,
           'occurredAt', to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'data', data_json))::text
FROM webhook_outbox;
DELETE FROM webhook_outbox;
