-- Brands are the tenants: every other record hangs off one.
CREATE TABLE brand (
    id                   uuid PRIMARY KEY,
    name                 text        NOT NULL CHECK (length(trim(name)) > 0),
    currency             text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    allowed_domains      text[]      NOT NULL,
    -- Kept to verify the shop's webhook signatures; returned once, at creation.
    webhook_secret       text        NOT NULL,
    minimum_payout_minor bigint      NOT NULL DEFAULT 0 CHECK (minimum_payout_minor >= 0),
    created_at           timestamptz NOT NULL
);

CREATE TABLE campaign (
    id               uuid PRIMARY KEY,
    brand_id         uuid        NOT NULL REFERENCES brand (id),
    name             text        NOT NULL CHECK (length(trim(name)) > 0),
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'ENDED')),
    landing_url      text        NOT NULL,
    starts_on        date        NOT NULL,
    ends_on          date,
    budget_cap_minor bigint CHECK (budget_cap_minor >= 0),
    currency         text        NOT NULL,
    created_at       timestamptz NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- Newest-first keyset pages of one brand's campaigns.
CREATE INDEX campaign_brand_page ON campaign (brand_id, created_at DESC, id DESC);
