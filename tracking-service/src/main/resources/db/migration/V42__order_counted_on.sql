-- Expand (ADR 0066): the brand-local report day a completed order was counted on, so that a
-- cancellation takes it back from the same day after the brand changed its time zone. Null for
-- orders counted before: they were counted on their UTC day.
ALTER TABLE customer_order ADD COLUMN counted_on date;
