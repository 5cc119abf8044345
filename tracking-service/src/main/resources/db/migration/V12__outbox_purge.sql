-- The outbox upkeep deletes delivered events after their retention, oldest first.
CREATE INDEX outbox_event_delivered ON outbox_event (delivered_at) WHERE delivered_at IS NOT NULL;
