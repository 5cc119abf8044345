-- A creator's discount code; unique per brand regardless of case.
CREATE TABLE discount_code (
    id          uuid PRIMARY KEY,
    brand_id    uuid        NOT NULL,
    code        text        NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{3,40}$'),
    creator_id  uuid        NOT NULL,
    campaign_id uuid        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX discount_code_per_brand ON discount_code (brand_id, upper(code));

-- An order the shop reported, with why it was (or was not) attributed.
CREATE TABLE customer_order (
    id                 uuid PRIMARY KEY,
    brand_id           uuid        NOT NULL,
    order_id           text        NOT NULL CHECK (length(order_id) BETWEEN 1 AND 200),
    amount_minor       bigint      NOT NULL CHECK (amount_minor > 0),
    currency           text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    refunded_minor     bigint      NOT NULL DEFAULT 0,
    status             text        NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'CANCELLED')),
    ordered_at         timestamptz NOT NULL,
    completed_at       timestamptz,
    customer_hash      text,
    click_id           uuid,
    discount_code      text,
    outcome            text        NOT NULL CHECK (outcome IN ('ATTRIBUTED', 'SELF_REFERRAL', 'UNATTRIBUTED')),
    rule               text        NOT NULL CHECK (rule IN ('DISCOUNT_CODE', 'LAST_CLICK', 'NONE')),
    creator_id         uuid,
    campaign_id        uuid,
    post_id            uuid,
    touch_click_id     uuid,
    window_start       timestamptz,
    window_end         timestamptz,
    offer_version_id   uuid,
    -- The offer terms the order was attributed under (campaign.v1.ResolvedOffer), kept so that a
    -- later offer change never rewrites what this order earns.
    offer_snapshot     bytea,
    reason             text        NOT NULL,
    created_at         timestamptz NOT NULL,
    CONSTRAINT customer_order_once_per_brand UNIQUE (brand_id, order_id),
    CHECK (refunded_minor BETWEEN 0 AND amount_minor),
    CHECK ((outcome = 'UNATTRIBUTED') = (creator_id IS NULL))
);

CREATE TABLE order_refund (
    id           uuid PRIMARY KEY,
    brand_id     uuid        NOT NULL,
    refund_id    text        NOT NULL CHECK (length(refund_id) BETWEEN 1 AND 200),
    order_ref    uuid        NOT NULL REFERENCES customer_order (id),
    amount_minor bigint      NOT NULL CHECK (amount_minor > 0),
    refunded_at  timestamptz NOT NULL,
    CONSTRAINT order_refund_once_per_brand UNIQUE (brand_id, refund_id)
);

-- Order events for payout-service, written in the same transaction as the change they describe
-- and relayed until payout-service has them (at least once; payout applies each event id once).
CREATE TABLE outbox_event (
    event_id     text PRIMARY KEY,
    brand_id     uuid        NOT NULL,
    payload      bytea       NOT NULL,
    created_at   timestamptz NOT NULL,
    delivered_at timestamptz,
    -- An event payout-service refused as malformed is set aside (with why) so it cannot block the rest.
    refused_at   timestamptz,
    refusal      text
);
CREATE INDEX outbox_event_undelivered ON outbox_event (created_at) WHERE delivered_at IS NULL AND refused_at IS NULL;
