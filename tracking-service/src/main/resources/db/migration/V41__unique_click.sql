-- Unique clicks decided when a click writer stores its batch, across replicas (ADR 0070): a row
-- keeps one visitor's latest stored click on one link; the writer's upsert locks it, moves it on
-- and returns the click stored before (previous_click_at), from which the batch's clicks are
-- unique when no click of theirs came in the hour before. The click writer forgets rows of
-- visitors gone for two days.
CREATE TABLE unique_click (
    link_id           uuid        NOT NULL,
    visitor_id        uuid        NOT NULL,
    last_click_at     timestamptz NOT NULL,
    previous_click_at timestamptz,
    PRIMARY KEY (link_id, visitor_id)
);
