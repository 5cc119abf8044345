-- A webhook event campaign-service refuses on its own is kept as a row of its own with the refusal
-- (ADR 0078): the relay passes over it, so one malformed event no longer holds the others back. An
-- operator fixes the cause and sets the refusal to null; the relay then hands the event over again.
-- The same in tracking-service and payout-service: each service's schema history is its own.
ALTER TABLE webhook_outbox_batch ADD COLUMN refusal text;
