-- An invitation's mail and its one redemption. The link carries the id and the expiry, signed
-- (service/InvitationLinks); this row makes the link single-use and remembers whether the mail went.
CREATE TABLE invitation (
    id            uuid PRIMARY KEY,
    membership_id uuid        NOT NULL UNIQUE REFERENCES membership (id),
    email         text        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL CHECK (expires_at > created_at),
    mailed_at     timestamptz,
    redeemed_at   timestamptz
);

-- What the mail sweep retries.
CREATE INDEX invitation_unmailed ON invitation (created_at) WHERE mailed_at IS NULL;

-- One person keeps one login across brands: a Keycloak user belongs to one creator per brand.
ALTER TABLE creator DROP CONSTRAINT creator_keycloak_user_id_key;
ALTER TABLE creator ADD CONSTRAINT creator_login_per_brand UNIQUE (brand_id, keycloak_user_id);
