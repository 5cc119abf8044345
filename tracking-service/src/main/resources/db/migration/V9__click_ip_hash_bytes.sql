-- The address's keyed hash as 16 bytes (the first half of its HMAC-SHA256) instead of 64 hex
-- characters: 49 bytes less per click row and per queued click, on the hottest path.
ALTER TABLE click ALTER COLUMN ip_hash TYPE bytea USING decode(left(ip_hash, 32), 'hex');
