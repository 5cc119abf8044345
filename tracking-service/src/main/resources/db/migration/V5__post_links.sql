-- Each published post gets its own link, made from campaign-service's feed of published posts: one
-- per post. Links made by hand may name a post too, and are not counted here.
ALTER TABLE tracking_link ADD COLUMN made_for_post boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX tracking_link_one_per_post ON tracking_link (post_id) WHERE made_for_post;

-- How far this service has applied each feed it follows. The cursor moves in the transaction that
-- applies the entries before it, so a crash makes the next poll read them again (at least once).
CREATE TABLE feed_cursor (
    feed     text PRIMARY KEY,
    position text        NOT NULL,
    moved_at timestamptz NOT NULL
);
INSERT INTO feed_cursor (feed, position, moved_at) VALUES ('campaign.published-posts', '', now());
