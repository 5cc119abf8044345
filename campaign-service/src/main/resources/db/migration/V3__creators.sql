-- Creators are on one brand's roster; an email appears once per brand.
CREATE TABLE creator (
    id         uuid PRIMARY KEY,
    brand_id   uuid        NOT NULL REFERENCES brand (id),
    name       text        NOT NULL CHECK (length(trim(name)) > 0),
    email      text        NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    country    text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    niches     text[]      NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (brand_id, email),
    -- Lets memberships and posts pin creator and brand together.
    UNIQUE (id, brand_id)
);

CREATE INDEX creator_brand_page ON creator (brand_id, created_at DESC, id DESC);
CREATE INDEX creator_niches ON creator USING gin (niches);

CREATE TABLE creator_account (
    creator_id                   uuid    NOT NULL REFERENCES creator (id),
    platform                     text    NOT NULL CHECK (platform IN ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'TWITCH', 'NEWSLETTER', 'BLOG')),
    handle                       text    NOT NULL CHECK (length(trim(handle)) > 0),
    followers                    bigint  NOT NULL CHECK (followers >= 0),
    engagement_rate_basis_points integer NOT NULL CHECK (engagement_rate_basis_points BETWEEN 0 AND 10000),
    conversion_rate_basis_points integer CHECK (conversion_rate_basis_points BETWEEN 0 AND 10000),
    PRIMARY KEY (creator_id, platform)
);

CREATE INDEX creator_account_followers ON creator_account (platform, followers);
