-- Deliveries to a paused or disabled endpoint wait parked at next_attempt_at 'infinity' (ADR 0079):
-- the engine claims due deliveries in next_attempt_at order and no longer walks past them at every
-- tick. Enabling the endpoint makes them due again; this index finds an endpoint's pending ones.
CREATE INDEX webhook_delivery_pending_of_endpoint ON webhook_delivery (endpoint_id) WHERE status = 'PENDING';

UPDATE webhook_delivery d SET next_attempt_at = 'infinity'
FROM webhook_endpoint e
WHERE e.id = d.endpoint_id AND NOT e.enabled AND d.status = 'PENDING';
