-- When tracking-service recorded an event (the platform learned of it): an order's hold counts from
-- the later of its completion's occurred_at and recorded_at. Null on events relayed before.
ALTER TABLE order_event ADD COLUMN recorded_at timestamptz;
