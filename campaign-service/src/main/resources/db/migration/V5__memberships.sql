-- A creator's place in a campaign. Each status is reached at most once, so its time has a column
-- and the row is its own history; the checks keep status and times in agreement.
CREATE TABLE membership (
    id                 uuid PRIMARY KEY,
    brand_id           uuid        NOT NULL,
    campaign_id        uuid        NOT NULL,
    creator_id         uuid        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('SHORTLISTED', 'INVITED', 'ACTIVE', 'RETIRED', 'DECLINED')),
    invitation_message text,
    retire_reason      text,
    shortlisted_at     timestamptz NOT NULL,
    invited_at         timestamptz,
    accepted_at        timestamptz,
    declined_at        timestamptz,
    retired_at         timestamptz,
    FOREIGN KEY (campaign_id, brand_id) REFERENCES campaign (id, brand_id),
    FOREIGN KEY (creator_id, brand_id) REFERENCES creator (id, brand_id),
    UNIQUE (campaign_id, creator_id),
    CHECK ((invited_at IS NULL) = (invitation_message IS NULL)),
    CHECK ((retired_at IS NULL) = (retire_reason IS NULL)),
    CHECK ((status = 'RETIRED') = (retired_at IS NOT NULL)),
    CHECK ((status = 'DECLINED') = (declined_at IS NOT NULL)),
    CHECK (status NOT IN ('INVITED', 'ACTIVE', 'DECLINED') OR invited_at IS NOT NULL),
    CHECK (status <> 'ACTIVE' OR accepted_at IS NOT NULL),
    CHECK (accepted_at IS NULL OR declined_at IS NULL)
);

CREATE INDEX membership_campaign_page ON membership (campaign_id, shortlisted_at DESC, id DESC);
CREATE INDEX membership_creator_page ON membership (creator_id, shortlisted_at DESC, id DESC);
