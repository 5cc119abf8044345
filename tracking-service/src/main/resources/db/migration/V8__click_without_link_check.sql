-- The click writer inserts tens of thousands of clicks a second on the redirect's behalf. The foreign
-- key to tracking_link cost every one of them a lookup and a share lock on its link's row; it checked
-- nothing the redirect does not already know (a click is only made for a link it has just read, and
-- links are never deleted), so it goes.
ALTER TABLE click DROP CONSTRAINT click_link_id_fkey;
