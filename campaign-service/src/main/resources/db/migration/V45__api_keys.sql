-- Brand API keys, each a Keycloak client of its own, and the audit log of their uses (ADR 0054).
CREATE TABLE api_key (
    id            uuid PRIMARY KEY,
    brand_id      uuid        NOT NULL REFERENCES brand (id),
    name          text        NOT NULL,
    scopes        text[]      NOT NULL,
    client_id     text        NOT NULL UNIQUE,
    secret_sha256 bytea       NOT NULL,
    secret_prefix text        NOT NULL,
    created_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX api_key_brand ON api_key (brand_id, created_at DESC);

CREATE TABLE api_key_use (
    id          uuid PRIMARY KEY,
    brand_id    uuid        NOT NULL REFERENCES brand (id),
    key_id      uuid        NOT NULL REFERENCES api_key (id),
    operation   text        NOT NULL,
    root_fields text[]      NOT NULL,
    outcome     text        NOT NULL,
    used_at     timestamptz NOT NULL
);
CREATE INDEX api_key_use_brand ON api_key_use (brand_id, used_at DESC, id DESC);
CREATE INDEX api_key_use_key ON api_key_use (key_id, used_at DESC, id DESC);
