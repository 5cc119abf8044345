-- A transaction's order events for payout-service in one row (ADR 0080): a row per event cost an
-- insert, a delivered mark (a non-HOT update) and the vacuum of both, for every event. outbox_event
-- stays for what is relayed one event at a time: events set aside as refused (and replayed), and
-- those the previous release writes during a rolling update; the relay sends them first.
CREATE TABLE outbox_batch (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at   timestamptz NOT NULL,
    event_count  integer     NOT NULL CHECK (event_count > 0),
    -- Both in the order written: the events' ids (what an operator searches for) and each event as
    -- a serialized payout.v1.OrderEvent. lz4: the arrays are large, and pglz costs several times
    -- lz4's CPU.
    event_ids    text[]      COMPRESSION lz4 NOT NULL CHECK (cardinality(event_ids) = event_count),
    events       bytea[]     COMPRESSION lz4 NOT NULL CHECK (cardinality(events) = event_count),
    delivered_at timestamptz
);
CREATE INDEX outbox_batch_undelivered ON outbox_batch (created_at, id) INCLUDE (event_count)
    WHERE delivered_at IS NULL;
CREATE INDEX outbox_batch_delivered ON outbox_batch (delivered_at) WHERE delivered_at IS NOT NULL;
