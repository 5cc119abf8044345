-- Demo data that ./platform up loads with psql once the services have migrated. The ids match the
-- brand_id claims of the demo users in infra/keycloak/creator-platform-realm.json.
INSERT INTO brand (id, name, currency, allowed_domains, webhook_secret, minimum_payout_minor, created_at)
VALUES ('0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Northwind Outfitters', 'EUR', ARRAY ['northwind.example'],
        'demo-webhook-secret-northwind', 5000, '2026-11-01T09:00:00Z'),
       ('0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e02', 'Contoso Skincare', 'USD', ARRAY ['contoso.example'],
        'demo-webhook-secret-contoso', 2500, '2026-11-01T09:00:00Z')
ON CONFLICT (id) DO NOTHING;

INSERT INTO campaign (id, brand_id, name, status, landing_url, starts_on, ends_on, budget_cap_minor, currency, created_at)
VALUES ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Winter Trails 2026',
        'ACTIVE', 'https://shop.northwind.example/winter', '2026-11-01', '2027-02-28', 2000000, 'EUR', '2026-11-02T09:00:00Z'),
       ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e02', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', 'Spring Preview',
        'DRAFT', 'https://northwind.example/spring', '2027-03-01', NULL, NULL, 'EUR', '2026-11-03T09:00:00Z'),
       ('0ca00000-7d5f-4c4a-9a7e-1a2b3c4d5e03', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e02', 'Glow Routine',
        'ACTIVE', 'https://contoso.example/glow', '2026-11-01', NULL, 500000, 'USD', '2026-11-02T09:00:00Z')
ON CONFLICT (id) DO NOTHING;
