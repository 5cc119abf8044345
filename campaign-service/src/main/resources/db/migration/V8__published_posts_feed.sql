-- The feed of published posts reads them in publication order (and finds the latest publication).
CREATE INDEX post_publication_order ON post (published_at, id) WHERE published_at IS NOT NULL;
