-- Post links follow campaign-service's feed of approvals instead of its feed of publications
-- (ADR 0065). Read from the start: posts that already have their link keep it (one per post).
-- The old feed's row stays until no release reads it (expand, then contract).
INSERT INTO feed_cursor (feed, position, moved_at) VALUES ('campaign.approved-posts', '', now());
