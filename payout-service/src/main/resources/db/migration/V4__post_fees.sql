-- Post fees, credited from campaign-service's feed of published posts: the post an entry pays for.
ALTER TABLE ledger_entry ADD COLUMN post_id uuid;
CREATE INDEX ledger_entry_post ON ledger_entry (brand_id, post_id) WHERE post_id IS NOT NULL;

-- The budget cap also cuts post fees, which no order event caused.
ALTER TABLE budget_stop ALTER COLUMN event_id DROP NOT NULL;

-- How far this service has applied each feed it follows. The cursor moves in the transaction that
-- applies the entries before it, so a crash makes the next poll read them again (at least once).
CREATE TABLE feed_cursor (
    feed     text PRIMARY KEY,
    position text        NOT NULL,
    moved_at timestamptz NOT NULL
);
INSERT INTO feed_cursor (feed, position, moved_at) VALUES ('campaign.published-posts', '', now());
