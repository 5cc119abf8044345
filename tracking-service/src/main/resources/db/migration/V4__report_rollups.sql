-- Per-day rollups that reports read instead of raw clicks and orders. Days are UTC dates. A link or
-- order tied to no post is stored under the nil UUID, so that every dimension is part of a plain
-- primary key that ON CONFLICT can name (NULLs would never conflict).

-- Clicks, added by the click writer in the same statement that inserts the clicks it counts.
CREATE TABLE click_daily (
    brand_id      uuid   NOT NULL,
    day           date   NOT NULL,
    campaign_id   uuid   NOT NULL,
    creator_id    uuid   NOT NULL,
    post_id       uuid   NOT NULL,
    -- All clicks, bots included; bot_clicks are part of them, unique_clicks are the unique human ones.
    clicks        bigint NOT NULL CHECK (clicks >= 0),
    unique_clicks bigint NOT NULL CHECK (unique_clicks BETWEEN 0 AND clicks),
    bot_clicks    bigint NOT NULL CHECK (bot_clicks BETWEEN 0 AND clicks),
    PRIMARY KEY (brand_id, day, campaign_id, creator_id, post_id)
);

-- Attributed orders, changed in the same transaction as the order (see report/OrderFigures):
-- completed orders and their revenue on the day they were ordered, refunds on the refund's day.
-- Voiding a completed order subtracts what its completion added through the same upsert, so orders
-- and revenue carry no CHECK (PostgreSQL checks the proposed row before it sees the conflict).
CREATE TABLE order_daily (
    brand_id       uuid   NOT NULL,
    day            date   NOT NULL,
    campaign_id    uuid   NOT NULL,
    creator_id     uuid   NOT NULL,
    post_id        uuid   NOT NULL,
    currency       text   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    orders         bigint NOT NULL,
    revenue_minor  bigint NOT NULL,
    refunds        bigint NOT NULL CHECK (refunds >= 0),
    refunded_minor bigint NOT NULL CHECK (refunded_minor >= 0),
    PRIMARY KEY (brand_id, day, campaign_id, creator_id, post_id, currency)
);

-- Transaction details: a brand's orders newest first.
CREATE INDEX customer_order_brand ON customer_order (brand_id, ordered_at DESC, id DESC);
