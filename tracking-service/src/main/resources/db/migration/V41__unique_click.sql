-- Unique clicks decided when a click writer stores its batch, across replicas (ADR 0070): a row
-- claims the unique click of one visitor on one link in one clock hour (UTC); the writer that
-- inserts it first flags its click unique, every other writer finds it taken. Hour first, so the
-- click writer forgets past hours by a range of the primary key.
CREATE TABLE unique_click (
    clicked_hour timestamptz NOT NULL,
    link_id      uuid        NOT NULL,
    visitor_id   uuid        NOT NULL,
    PRIMARY KEY (clicked_hour, link_id, visitor_id)
);
