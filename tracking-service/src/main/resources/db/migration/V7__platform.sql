-- The platform a link is shared on (campaign-service's Platform names without the prefix: INSTAGRAM,
-- TIKTOK, ...), so that reports can filter and group by it. It is copied, like the link's post, onto
-- each click and onto the order a click wins, because orders are rolled up (and taken back) by what
-- they were stored with. NULL is an unknown platform: every link, click and order stored before this
-- migration, links made by hand without one, and orders won by a discount code. The names are checked
-- by the service against campaign-service's contract; here only their shape, so that a new platform
-- needs no migration.
ALTER TABLE tracking_link ADD COLUMN platform text CHECK (platform ~ '^[A-Z][A-Z_]*$');
ALTER TABLE click ADD COLUMN platform text;
ALTER TABLE customer_order ADD COLUMN platform text;

-- The rollups key on the platform too, the unknown one as '' (as the nil UUID stands for no post: a
-- NULL would never conflict). Existing rows are all of the unknown platform.
ALTER TABLE click_daily ADD COLUMN platform text NOT NULL DEFAULT '';
ALTER TABLE click_daily ALTER COLUMN platform DROP DEFAULT;
ALTER TABLE click_daily DROP CONSTRAINT click_daily_pkey,
    ADD PRIMARY KEY (brand_id, day, campaign_id, creator_id, post_id, platform);

ALTER TABLE order_daily ADD COLUMN platform text NOT NULL DEFAULT '';
ALTER TABLE order_daily ALTER COLUMN platform DROP DEFAULT;
ALTER TABLE order_daily DROP CONSTRAINT order_daily_pkey,
    ADD PRIMARY KEY (brand_id, day, campaign_id, creator_id, post_id, platform, currency);
