-- A rotated webhook secret keeps verifying until previous_secret_valid_until (ADR 0055).
ALTER TABLE brand
    ADD COLUMN previous_webhook_secret text,
    ADD COLUMN previous_secret_valid_until timestamptz;
