-- The campaign's status when the click was made, as the redirect knew it: a click while the campaign
-- was PAUSED or ENDED redirects but never attributes an order. UNKNOWN: campaign-service did not
-- tell (counted as billable); also every click stored before this column existed.
ALTER TABLE click ADD COLUMN campaign_status text NOT NULL DEFAULT 'UNKNOWN'
    CHECK (campaign_status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'ENDED', 'UNKNOWN'));
ALTER TABLE click ALTER COLUMN campaign_status DROP DEFAULT;
