-- A link a creator shares; the code is what the public redirect /r/{code} resolves.
CREATE TABLE tracking_link (
    id              uuid PRIMARY KEY,
    code            text        NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9]{10,32}$'),
    brand_id        uuid        NOT NULL,
    campaign_id     uuid        NOT NULL,
    creator_id      uuid        NOT NULL,
    post_id         uuid,
    destination_url text        NOT NULL,
    created_at      timestamptz NOT NULL
);

CREATE INDEX tracking_link_brand ON tracking_link (brand_id, created_at DESC, id DESC);
