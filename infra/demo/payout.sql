-- Demo data for ./platform up; ids match the other services' demo data and the demo realm's users.
INSERT INTO ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason, actor, created_at)
VALUES ('0e100000-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0b5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e01', '0c5e3c1e-7d5f-4c4a-9a7e-1a2b3c4d5e11',
        'ADJUSTMENT', 2500, 'EUR', 'adjustment:demo-welcome-bonus', 'Welcome bonus', 'brand.admin@demo.test',
        '2026-11-02T11:00:00Z')
ON CONFLICT (brand_id, cause) DO NOTHING;
