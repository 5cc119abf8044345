-- Demo data that ./platform up loads with psql once the services have migrated. The ids match the
-- brand_id claims of the demo users in infra/keycloak/creator-platform-realm.json.
INSERT INTO brand (id, name, currency, allowed_domains, webhook_secret, minimum_payout_minor, created_at)
VALUES ('0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Northwind Outfitters', 'EUR', ARRAY ['northwind.example'],
        'whsec_ZGVtby13ZWJob29rLXNlY3JldC1ub3J0aHdpbmQ=', 5000, '2026-11-01T09:00:00Z'),
       ('0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e02', 'Contoso Skincare', 'USD', ARRAY ['contoso.example'],
        'whsec_ZGVtby13ZWJob29rLXNlY3JldC1jb250b3Nv', 2500, '2026-11-01T09:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO campaign (id, brand_id, name, status, landing_url, starts_on, ends_on, budget_cap_minor, currency, created_at)
VALUES ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Winter Trails 2026',
        'ACTIVE', 'https://shop.northwind.example/winter', '2026-11-01', '2027-02-28', 2000000, 'EUR', '2026-11-02T09:00:00Z'),
       ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e02', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Spring Preview',
        'DRAFT', 'https://northwind.example/spring', '2027-03-01', NULL, NULL, 'EUR', '2026-11-03T09:00:00Z'),
       ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e03', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e02', 'Glow Routine',
        'ACTIVE', 'https://contoso.example/glow', '2026-11-01', NULL, 500000, 'USD', '2026-11-02T09:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- The demo creator (creator@demo.test in the realm), an ACTIVE member of Winter Trails, whose offer
-- pays 10 % with a 30-day window and hold.
INSERT INTO creator (id, brand_id, name, email, country, niches, created_at)
VALUES ('0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Anna Trails', 'creator@demo.test', 'DE',
        ARRAY ['outdoor', 'hiking'], '2026-11-01T10:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO creator_account (creator_id, platform, handle, followers, engagement_rate_basis_points, conversion_rate_basis_points)
VALUES ('0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', 'INSTAGRAM', 'anna.trails', 48000, 420, 180)
ON CONFLICT (creator_id, platform) DO NOTHING;

INSERT INTO membership (id, brand_id, campaign_id, creator_id, status, invitation_message, shortlisted_at, invited_at, accepted_at)
VALUES ('0d000000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', 'ACTIVE', 'We love your trail reels - join our winter campaign?',
        '2026-11-02T10:00:00Z', '2026-11-02T10:05:00Z', '2026-11-02T12:00:00Z')
ON CONFLICT (campaign_id, creator_id) DO NOTHING;

INSERT INTO offer (id, brand_id, campaign_id, effective_from, basis, rate_basis_points, flat_per_order_minor, tier_mode,
                   tier_from_minor, tier_rate_basis_points, bonus_threshold_minor, bonus_amount_minor,
                   fee_per_published_post_minor, currency, audience_discount_percent, attribution_window_days, hold_days,
                   priority, created_at)
VALUES ('0f000000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '2026-11-02T09:00:00Z', 'PERCENT', 1000, NULL, 'NONE', ARRAY []::bigint[], ARRAY []::integer[], ARRAY []::bigint[],
        ARRAY []::bigint[], NULL, 'EUR', 15, 30, 30, 'CODE_WINS', '2026-11-02T09:00:00Z')
ON CONFLICT (id) DO NOTHING;

-- Winter Trails' goals and Anna's calendar: one reel published (with its own link in
-- tracking-service's demo data), one planned.
INSERT INTO campaign_goal (campaign_id, metric, target, starts_on, ends_on)
VALUES ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'REVENUE', 500000, NULL, NULL),
       ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'ORDERS', 50, NULL, NULL),
       ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'CLICKS', 1000, NULL, NULL)
ON CONFLICT (campaign_id, metric) DO NOTHING;

INSERT INTO post (id, brand_id, campaign_id, creator_id, platform, format, scheduled_at, brief, status, caption, paid_partnership,
                  published_url, published_at, created_at)
VALUES ('0e000000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', 'INSTAGRAM', 'REEL', '2026-11-10T17:00:00Z', 'First snow on the ridge trail',
        'PUBLISHED', 'First snow, new boots #ad', false, 'https://instagram.com/p/demo-ridge', '2026-11-10T17:05:00Z',
        '2026-11-03T09:00:00Z'),
       ('0e000000-7d5f-4c4a-9a7e-1a2b3c4d5e02', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01',
        '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11', 'INSTAGRAM', 'STORY', '2026-12-05T17:00:00Z', 'Packing list for a winter hut trip',
        'PLANNED', NULL, false, NULL, NULL, '2026-11-03T09:00:00Z')
ON CONFLICT (id) DO NOTHING;
