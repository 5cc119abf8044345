-- Room on each page of orders for their next versions: a refund or a status change (pending to
-- completed) then updates the order in place (HOT: no new entry in its three indexes, and the old
-- version is pruned on the page instead of by vacuum's index scans). Only pages written from now on
-- keep it.
ALTER TABLE customer_order SET (fillfactor = 90);
