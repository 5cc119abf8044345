-- The brand's reporting and working time zone (an IANA id).
ALTER TABLE brand ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';

-- A brand's team: its admins and viewers, each with a login in Keycloak (attribute brand_id, realm
-- role brand_admin or brand_viewer) once they joined. One login works for one brand, so an address
-- is on at most one team.
CREATE TABLE brand_member (
    id         uuid PRIMARY KEY,
    brand_id   uuid        NOT NULL REFERENCES brand (id) ON DELETE CASCADE,
    email      text        NOT NULL UNIQUE CHECK (email = lower(email)),
    name       text        NOT NULL CHECK (length(trim(name)) > 0),
    role       text        NOT NULL CHECK (role IN ('ADMIN', 'VIEWER')),
    status     text        NOT NULL CHECK (status IN ('INVITED', 'ACTIVE')),
    -- The Keycloak user, once the member joined.
    login_id   text,
    invited_at timestamptz NOT NULL,
    joined_at  timestamptz,
    CHECK ((status = 'ACTIVE') = (joined_at IS NOT NULL))
);

CREATE INDEX brand_member_team ON brand_member (brand_id, invited_at, id);

-- An invitation is to a campaign membership (a creator) or to a brand's team (a team member).
ALTER TABLE invitation ALTER COLUMN membership_id DROP NOT NULL;
ALTER TABLE invitation
    ADD COLUMN brand_member_id uuid UNIQUE REFERENCES brand_member (id) ON DELETE CASCADE;
ALTER TABLE invitation
    ADD CONSTRAINT invitation_to_one CHECK ((membership_id IS NULL) <> (brand_member_id IS NULL));
