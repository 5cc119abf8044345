-- Demo data for ./platform up; ids match campaign-service's demo data and the demo realm's users.
INSERT INTO tracking_link (id, code, brand_id, campaign_id, creator_id, post_id, platform, destination_url, redirect_url, created_at)
VALUES ('0d100000-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'DemoWinter01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', NULL, 'INSTAGRAM',
        'https://shop.northwind.example/winter',
        'https://shop.northwind.example/winter?utm_source=anna.trails&utm_medium=instagram&utm_campaign=Winter+Trails+2026',
        '2026-11-02T10:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- Anna's reel has its own link.
INSERT INTO tracking_link (id, code, brand_id, campaign_id, creator_id, post_id, platform, destination_url, redirect_url, created_at)
VALUES ('0d100000-7d5f-4c4a-9a7e-1a2b3c4d5e02', 'DemoReel0001', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', '0e000000-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'INSTAGRAM',
        'https://shop.northwind.example/winter',
        'https://shop.northwind.example/winter?utm_source=anna.trails&utm_medium=instagram&utm_campaign=Winter+Trails+2026&utm_content=0e000000-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '2026-11-10T17:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO discount_code (id, brand_id, code, creator_id, campaign_id, created_at)
VALUES ('0d200000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'ANNA15',
        '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '2026-11-02T10:00:00Z')
ON CONFLICT (id) DO NOTHING;
