-- A creator's links and discount codes are listed newest first (ListCreatorLinks,
-- ListCreatorDiscountCodes, the creator app's `me`).
CREATE INDEX tracking_link_creator ON tracking_link (creator_id, created_at DESC, id DESC);
CREATE INDEX discount_code_creator ON discount_code (creator_id, created_at DESC, id DESC);
