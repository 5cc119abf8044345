-- Lets a child row name its campaign and brand together, so that it cannot belong to another brand.
ALTER TABLE campaign ADD CONSTRAINT campaign_id_brand UNIQUE (id, brand_id);

-- At most one goal per metric; absent dates mean the campaign's own.
CREATE TABLE campaign_goal (
    campaign_id uuid   NOT NULL REFERENCES campaign (id),
    metric      text   NOT NULL CHECK (metric IN ('REVENUE', 'ORDERS', 'CLICKS', 'PUBLISHED_POSTS')),
    target      bigint NOT NULL CHECK (target > 0),
    starts_on   date,
    ends_on     date,
    PRIMARY KEY (campaign_id, metric),
    CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
);

-- Offer versions: one row each, in effect from effective_from until the next version's.
CREATE TABLE offer (
    id                           uuid PRIMARY KEY,
    brand_id                     uuid        NOT NULL,
    campaign_id                  uuid        NOT NULL,
    effective_from               timestamptz NOT NULL,
    basis                        text        NOT NULL CHECK (basis IN ('PERCENT', 'FLAT')),
    rate_basis_points            integer     NOT NULL CHECK (rate_basis_points BETWEEN 0 AND 10000),
    flat_per_order_minor         bigint CHECK (flat_per_order_minor >= 0),
    tier_mode                    text        NOT NULL CHECK (tier_mode IN ('NONE', 'MARGINAL', 'WHOLE')),
    tier_from_minor              bigint[]    NOT NULL,
    tier_rate_basis_points       integer[]   NOT NULL,
    bonus_threshold_minor        bigint[]    NOT NULL,
    bonus_amount_minor           bigint[]    NOT NULL,
    fee_per_published_post_minor bigint CHECK (fee_per_published_post_minor >= 0),
    currency                     text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    audience_discount_percent    integer     NOT NULL CHECK (audience_discount_percent BETWEEN 0 AND 100),
    attribution_window_days      integer     NOT NULL CHECK (attribution_window_days BETWEEN 1 AND 365),
    hold_days                    integer     NOT NULL CHECK (hold_days BETWEEN 0 AND 365),
    priority                     text        NOT NULL CHECK (priority IN ('CODE_WINS', 'LINK_WINS')),
    created_at                   timestamptz NOT NULL,
    FOREIGN KEY (campaign_id, brand_id) REFERENCES campaign (id, brand_id),
    -- One version per instant; also the index that finds the version in effect at a time.
    UNIQUE (campaign_id, effective_from),
    CHECK ((basis = 'FLAT') = (flat_per_order_minor IS NOT NULL)),
    CHECK (cardinality(tier_from_minor) = cardinality(tier_rate_basis_points)),
    CHECK ((tier_mode = 'NONE') = (cardinality(tier_from_minor) = 0)),
    CHECK (0 <= ALL (tier_rate_basis_points) AND 10000 >= ALL (tier_rate_basis_points)),
    CHECK (cardinality(bonus_threshold_minor) = cardinality(bonus_amount_minor)),
    CHECK (0 <= ALL (bonus_amount_minor))
);

-- Orders were attributed under these versions: they are added, never rewritten or removed.
CREATE FUNCTION offer_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'offer versions are append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER offer_append_only BEFORE UPDATE OR DELETE ON offer FOR EACH ROW EXECUTE FUNCTION offer_is_append_only();
