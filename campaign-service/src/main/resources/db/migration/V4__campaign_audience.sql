-- The audience a campaign targets; creators are ranked against it. Empty means any.
ALTER TABLE campaign
    ADD COLUMN target_niches    text[] NOT NULL DEFAULT '{}',
    ADD COLUMN target_countries text[] NOT NULL DEFAULT '{}';
