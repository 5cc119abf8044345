-- The click table holds what only a click knows. Its brand, campaign, creator, post and platform are
-- its link's (links never change) and are read through link_id; its user agent's text is stored once
-- in user_agent, named by an id taken from the text. Every stored click cost the database per column,
-- per byte and per index entry, and the redirect stores tens of thousands a second.
--
-- Click ids are time-ordered and clicks are stored in about that order, so a block-range index finds
-- the one click an order names among a few thousand rows, at almost no cost per stored click (the
-- primary key's b-tree entry cost a sixth of the click). Without a unique key, a batch of clicks is
-- stored once by its own id in click_batch (see ClickWriter).
CREATE TABLE user_agent (
    -- The first 8 bytes of the text's SHA-256, as UserAgent computes it. The click writer stores a
    -- text in the transaction of the first click naming it, so no foreign key is checked per click.
    id   bigint PRIMARY KEY,
    text text   NOT NULL
);
CREATE FUNCTION pg_temp.agent_id(text) RETURNS bigint IMMUTABLE LANGUAGE sql
    AS $$ SELECT ('x' || encode(substr(sha256(convert_to($1, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint $$;
INSERT INTO user_agent
SELECT DISTINCT pg_temp.agent_id(user_agent), user_agent FROM click WHERE user_agent IS NOT NULL;

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
    user_agent_id   bigint,
    referrer        text
);
INSERT INTO click_narrow
SELECT id, clicked_at, link_id, visitor_id, ip_hash, is_bot, is_unique, campaign_status,
       pg_temp.agent_id(user_agent), referrer
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
