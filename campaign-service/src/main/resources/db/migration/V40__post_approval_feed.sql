-- Posts get their own link from their approval (ADR 0065): the feed of approvals reads them in
-- approval order. Posts approved before this migration take the best time known for it.
ALTER TABLE post ADD COLUMN approved_at timestamptz;
UPDATE post SET approved_at = coalesce(published_at, created_at) WHERE status IN ('APPROVED', 'PUBLISHED');
ALTER TABLE post ADD CHECK (status NOT IN ('APPROVED', 'PUBLISHED') OR approved_at IS NOT NULL);
CREATE INDEX post_approval_order ON post (approved_at, id) WHERE approved_at IS NOT NULL;
