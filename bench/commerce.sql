-- Commerce data for the P1 and C1 scenarios (not part of the shared data set): 2,000 products
-- in 4 categories with stock no run can exhaust, and one address for each of users 12..2000.
INSERT INTO shop_categories (id, name, slug)
SELECT md5('shop-category-' || c)::uuid, 'Category ' || c, 'category-' || c FROM generate_series(1, 4) c;

INSERT INTO products (id, name, slug, description, price, sku, stock, category_id, created_at)
SELECT md5('product-' || p)::uuid, 'Product ' || p, 'product-' || p, 'A sturdy thing numbered ' || p,
       (500 + p % 9500) / 100.0, 'SKU-' || p, 100000000, md5('shop-category-' || (1 + p % 4))::uuid,
       TIMESTAMPTZ '2026-01-01' + p * INTERVAL '1 minute'
FROM generate_series(1, 2000) p;

INSERT INTO addresses (user_id, name, line1, city, postal_code, country, is_default)
SELECT s.user_id, 'Bench buyer', '1 Bench Street', 'Benchville', 'B1 1BB', 'GB', true
FROM sessions s
WHERE s.session_token IN (SELECT encode(sha256(convert_to('tok-' || n, 'UTF8')), 'hex') FROM generate_series(12, 2000) n);
