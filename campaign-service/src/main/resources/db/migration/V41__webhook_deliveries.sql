-- Outbound webhook delivery (ADR 0056): the events handed over by the services that record the
-- facts, one delivery per (event, endpoint subscribed to its type), and every attempt's outcome.
CREATE TABLE webhook_event (
    -- Derived from the fact, so a relay repeated after a crash stores nothing twice; the webhook-id.
    id          text PRIMARY KEY,
    brand_id    uuid        NOT NULL REFERENCES brand (id),
    type        text        NOT NULL,
    -- The body exactly as signed and sent: {"type", "timestamp", "data"}.
    body        text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL
);

CREATE TABLE webhook_delivery (
    id              uuid PRIMARY KEY,
    event_id        text        NOT NULL REFERENCES webhook_event (id),
    endpoint_id     uuid        NOT NULL REFERENCES webhook_endpoint (id),
    brand_id        uuid        NOT NULL REFERENCES brand (id),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    -- Attempts since the delivery was made or last replayed: the backoff's exponent.
    attempts        int         NOT NULL DEFAULT 0,
    -- When the engine may take it next (a claim pushes it out by a lease); null unless PENDING.
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (event_id, endpoint_id),
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE next_attempt_at IS NOT NULL;

CREATE TABLE webhook_attempt (
    id           uuid PRIMARY KEY,
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery (id),
    brand_id     uuid        NOT NULL,
    attempted_at timestamptz NOT NULL,
    -- 0 when the endpoint did not answer.
    status_code  int         NOT NULL,
    succeeded    boolean     NOT NULL,
    answer       text        NOT NULL
);
CREATE INDEX webhook_attempt_log ON webhook_attempt (brand_id, attempted_at DESC, id DESC);

-- Failed attempts in a row; the endpoint is disabled when they reach campaign.webhooks.disable-after.
ALTER TABLE webhook_endpoint ADD COLUMN consecutive_failures int NOT NULL DEFAULT 0;
ALTER TABLE webhook_endpoint ADD COLUMN disabled_at timestamptz;
