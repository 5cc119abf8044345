-- Cadence rule: at most this many posts per creator per ISO week; NULL means no limit.
ALTER TABLE campaign ADD COLUMN max_posts_per_creator_per_week integer
    CHECK (max_posts_per_creator_per_week BETWEEN 1 AND 100);

CREATE TABLE post (
    id               uuid PRIMARY KEY,
    brand_id         uuid        NOT NULL,
    campaign_id      uuid        NOT NULL,
    creator_id       uuid        NOT NULL,
    platform         text        NOT NULL CHECK (platform IN ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'TWITCH', 'NEWSLETTER', 'BLOG')),
    format           text        NOT NULL CHECK (format IN ('REEL', 'VIDEO', 'STORY', 'STREAM', 'NEWSLETTER', 'BLOG')),
    scheduled_at     timestamptz NOT NULL,
    brief            text        NOT NULL CHECK (length(trim(brief)) > 0),
    status           text        NOT NULL CHECK (status IN ('PLANNED', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'CHANGES_REQUESTED', 'MISSED')),
    caption          text,
    feedback         text,
    paid_partnership boolean     NOT NULL DEFAULT false,
    published_url    text,
    published_at     timestamptz,
    created_at       timestamptz NOT NULL,
    -- A post belongs to a member of its campaign, within one brand.
    FOREIGN KEY (campaign_id, creator_id) REFERENCES membership (campaign_id, creator_id),
    FOREIGN KEY (campaign_id, brand_id) REFERENCES campaign (id, brand_id),
    -- Published means a URL, a time and a disclosure (label, or one of the hashtags, checked fully in code).
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
    CHECK (status <> 'PUBLISHED' OR (published_url IS NOT NULL
        AND (paid_partnership OR caption ~* '#(ad|sponsored|partner)'))),
    CHECK (status <> 'CHANGES_REQUESTED' OR feedback IS NOT NULL),
    CHECK (status IN ('PLANNED', 'MISSED') OR caption IS NOT NULL)
);

CREATE INDEX post_campaign_calendar ON post (campaign_id, scheduled_at, id);
CREATE INDEX post_creator_calendar ON post (creator_id, scheduled_at, id);
-- Finds unpublished posts whose time has passed.
CREATE INDEX post_due ON post (scheduled_at) WHERE status NOT IN ('PUBLISHED', 'MISSED');
