-- The click table holds what only a click knows. Its brand, campaign, creator, post and platform are
-- its link's (links never change) and are read through link_id; every stored click cost the database
-- per column and per index entry, and the redirect stores tens of thousands a second.
--
-- Click ids are time-ordered and clicks are stored in about that order, so a block-range index finds
-- the one click an order names among a few thousand rows, at almost no cost per stored click (the
-- primary key's b-tree entry cost a sixth of the click). Without a unique key, a batch of clicks is
-- stored once by its own id in click_batch (see ClickWriter).
CREATE TABLE click_narrow (
    id              uuid        NOT NULL,
    clicked_at      timestamptz NOT NULL,
    link_id         uuid        NOT NULL,
    visitor_id      uuid        NOT NULL,
    -- Keyed hash of the address: enough to spot abuse, not to find the person.
    ip_hash         bytea       NOT NULL,
    is_bot          boolean     NOT NULL,
    -- No click of this visitor on this link in the hour before (decided by the redirect).
    is_unique       boolean     NOT NULL,
    campaign_status text        NOT NULL CHECK (campaign_status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'ENDED', 'UNKNOWN')),
    user_agent      text,
    referrer        text
);
INSERT INTO click_narrow
SELECT id, clicked_at, link_id, visitor_id, ip_hash, is_bot, is_unique, campaign_status, user_agent, referrer
FROM click ORDER BY id;
DROP TABLE click;
ALTER TABLE click_narrow RENAME TO click;

-- Attribution's lookup: a visitor's clicks, latest first (the brand is the link's).
CREATE INDEX click_visitor ON click (visitor_id, clicked_at DESC);
CREATE INDEX click_id ON click USING brin (id) WITH (pages_per_range = 32, autosummarize = on);

CREATE TABLE click_batch (
    id        uuid        PRIMARY KEY,
    stored_at timestamptz NOT NULL
);
CREATE INDEX click_batch_stored_at ON click_batch (stored_at);
