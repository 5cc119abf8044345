-- Where a brand wants its events sent (ADR 0056).
CREATE TABLE webhook_endpoint (
    id             uuid PRIMARY KEY,
    brand_id       uuid        NOT NULL REFERENCES brand (id),
    url            text        NOT NULL,
    events         text[]      NOT NULL,
    signing_secret text        NOT NULL,
    enabled        boolean     NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL
);
CREATE INDEX webhook_endpoint_brand ON webhook_endpoint (brand_id, created_at);
