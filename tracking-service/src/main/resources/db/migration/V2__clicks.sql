-- UTM parameters fixed when a link is made, so the redirect only appends the click id.
ALTER TABLE tracking_link ADD COLUMN redirect_url text;
UPDATE tracking_link SET redirect_url = destination_url;
ALTER TABLE tracking_link ALTER COLUMN redirect_url SET NOT NULL;

-- Every click on a link, written in batches by the redirect's click writer.
CREATE TABLE click (
    id           uuid PRIMARY KEY,
    clicked_at   timestamptz NOT NULL,
    brand_id     uuid        NOT NULL,
    link_id      uuid        NOT NULL REFERENCES tracking_link (id),
    campaign_id  uuid        NOT NULL,
    creator_id   uuid        NOT NULL,
    post_id      uuid,
    visitor_id   uuid        NOT NULL,
    -- Keyed hash of the address: enough to spot abuse, not to find the person.
    ip_hash      text        NOT NULL,
    user_agent   text,
    referrer     text,
    is_bot       boolean     NOT NULL,
    -- No click of this visitor on this link in the hour before (decided by the redirect).
    is_unique    boolean     NOT NULL
);

-- Attribution: the latest click of a visitor on any link of the brand. (Reports read rollups, so
-- clicks carry no further index: each one costs an insert on the hottest path.)
CREATE INDEX click_visitor ON click (brand_id, visitor_id, clicked_at DESC);
