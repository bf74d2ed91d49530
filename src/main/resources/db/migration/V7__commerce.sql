-- Commerce: a catalog of products in a tree of shop categories, addresses, carts, orders that
-- never oversell, reviews by buyers, and a double-entry credits ledger. Money is NUMERIC(12,2)
-- everywhere; every invariant that can be a constraint is one.

CREATE TABLE shop_categories (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL,
  slug       text NOT NULL UNIQUE,
  parent_id  uuid REFERENCES shop_categories(id) ON DELETE RESTRICT,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT shop_categories_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX shop_categories_parent_idx ON shop_categories (parent_id);

CREATE TABLE products (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name             text NOT NULL,
  slug             text NOT NULL UNIQUE,
  description      text,
  price            numeric(12,2) NOT NULL CHECK (price >= 0),
  compare_at_price numeric(12,2) CHECK (compare_at_price IS NULL OR compare_at_price > price),
  currency         char(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  sku              text NOT NULL,
  stock            integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
  active           boolean NOT NULL DEFAULT true,
  category_id      uuid REFERENCES shop_categories(id) ON DELETE SET NULL,
  review_count     integer NOT NULL DEFAULT 0,
  rating_total     integer NOT NULL DEFAULT 0,
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now(),
  search           tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', coalesce(name, '')), 'A') ||
                     setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED,
  CONSTRAINT products_sku_key UNIQUE (sku)
);
-- the list's keyset orders: newest, by price, by rating
CREATE INDEX products_newest_idx ON products (created_at DESC, id DESC) WHERE active;
CREATE INDEX products_price_idx  ON products (price, id) WHERE active;
CREATE INDEX products_rating_idx ON products ((round(coalesce(rating_total::numeric / nullif(review_count, 0), 0), 4)) DESC, id DESC) WHERE active;
CREATE INDEX products_category_idx ON products (category_id);
CREATE INDEX products_search_idx ON products USING gin (search);
CREATE TRIGGER products_updated_at BEFORE UPDATE OF name, slug, description, price, compare_at_price, currency, sku, stock,
  active, category_id ON products FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE product_images (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position   integer NOT NULL CHECK (position >= 0),
  url        text NOT NULL,
  alt        text NOT NULL,
  CONSTRAINT product_images_position_key UNIQUE (product_id, position)
);

-- every change of stock but a sale or a cancellation, with who made it and why
CREATE TABLE stock_adjustments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id  uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  delta       integer NOT NULL CHECK (delta <> 0),
  stock_after integer NOT NULL CHECK (stock_after >= 0),
  reason      text NOT NULL,
  made_by     uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX stock_adjustments_product_idx ON stock_adjustments (product_id, created_at DESC);

CREATE TABLE addresses (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name        text NOT NULL,
  line1       text NOT NULL,
  line2       text,
  city        text NOT NULL,
  postal_code text NOT NULL,
  region      text,
  country     char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  phone       text,
  is_default  boolean NOT NULL DEFAULT false,
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  updated_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX addresses_user_idx ON addresses (user_id, created_at);
-- at most one default per user
CREATE UNIQUE INDEX addresses_one_default_key ON addresses (user_id) WHERE is_default;
CREATE TRIGGER addresses_updated_at BEFORE UPDATE ON addresses FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE cart_items (
  user_id    uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  quantity   integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  added_at   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, product_id)
);

CREATE TYPE order_status AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED');
CREATE SEQUENCE order_numbers;

CREATE TABLE orders (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number           text NOT NULL UNIQUE,
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  status           order_status NOT NULL DEFAULT 'PENDING',
  currency         char(3) NOT NULL,
  subtotal         numeric(12,2) NOT NULL CHECK (subtotal >= 0),
  tax              numeric(12,2) NOT NULL CHECK (tax >= 0),
  shipping         numeric(12,2) NOT NULL CHECK (shipping >= 0),
  total            numeric(12,2) NOT NULL,
  ship_to          jsonb NOT NULL,
  idempotency_key  text,
  request_hash     text,
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT orders_total_adds_up CHECK (total = subtotal + tax + shipping),
  CONSTRAINT orders_idempotency_key UNIQUE (user_id, idempotency_key)
);
CREATE INDEX orders_user_idx ON orders (user_id, created_at DESC, id DESC);
CREATE TRIGGER orders_updated_at BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE order_items (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id     uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  product_id   uuid NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
  product_name text NOT NULL,
  sku          text NOT NULL,
  unit_price   numeric(12,2) NOT NULL CHECK (unit_price >= 0),
  quantity     integer NOT NULL CHECK (quantity > 0),
  line_total   numeric(12,2) NOT NULL,
  CONSTRAINT order_items_line_adds_up CHECK (line_total = unit_price * quantity),
  CONSTRAINT order_items_one_line_per_product UNIQUE (order_id, product_id)
);
CREATE INDEX order_items_product_idx ON order_items (product_id);

-- an order always has items: checked when its transaction commits
CREATE FUNCTION order_has_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM order_items WHERE order_id = NEW.id) THEN
    RAISE EXCEPTION 'order % has no items', NEW.number USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER orders_have_items AFTER INSERT ON orders DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION order_has_items();

CREATE TABLE reviews (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  user_id    uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  rating     smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title      text,
  comment    text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT reviews_one_per_user_key UNIQUE (product_id, user_id)
);

-- a product's review count and rating total, kept exact in the writing transaction (row lock)
CREATE FUNCTION count_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE products SET review_count = review_count + 1, rating_total = rating_total + NEW.rating WHERE id = NEW.product_id;
  ELSE
    UPDATE products SET review_count = review_count - 1, rating_total = rating_total - OLD.rating WHERE id = OLD.product_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER reviews_counted AFTER INSERT OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION count_reviews();

-- Credits: a double-entry ledger. Every movement is one credit_transfers row and two
-- credit_entries that sum to zero; a user's stored balance is the sum of their entries and never
-- negative. Grants come from the issuance account, whose balance goes negative by what was issued.
CREATE TABLE credit_accounts (
  id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid UNIQUE REFERENCES users(id) ON DELETE RESTRICT,
  balance numeric(12,2) NOT NULL DEFAULT 0,
  CONSTRAINT credit_accounts_user_balance_not_negative CHECK (user_id IS NULL OR balance >= 0)
);
-- the one account without a user: where granted credits come from
CREATE UNIQUE INDEX credit_accounts_one_issuance_key ON credit_accounts ((user_id IS NULL)) WHERE user_id IS NULL;
INSERT INTO credit_accounts (user_id) VALUES (NULL);

CREATE TYPE credit_kind AS ENUM ('GRANT', 'TRANSFER');

CREATE TABLE credit_transfers (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind       credit_kind NOT NULL,
  from_account uuid NOT NULL REFERENCES credit_accounts(id),
  to_account   uuid NOT NULL REFERENCES credit_accounts(id),
  amount     numeric(12,2) NOT NULL CHECK (amount > 0),
  reason     text,
  made_by    uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT credit_transfers_not_to_itself CHECK (from_account <> to_account)
);

CREATE TABLE credit_entries (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  transfer_id uuid NOT NULL REFERENCES credit_transfers(id),
  account_id  uuid NOT NULL REFERENCES credit_accounts(id),
  amount      numeric(12,2) NOT NULL CHECK (amount <> 0),
  created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX credit_entries_account_idx ON credit_entries (account_id, created_at DESC, id DESC);
CREATE INDEX credit_entries_transfer_idx ON credit_entries (transfer_id);

-- each entry moves its account's stored balance, in the same statement's transaction
CREATE FUNCTION post_credit_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE credit_accounts a SET balance = a.balance + e.total
  FROM (SELECT account_id, sum(amount) AS total FROM added GROUP BY account_id) e
  WHERE a.id = e.account_id;
  RETURN NULL;
END $$;
CREATE TRIGGER credit_entries_posted AFTER INSERT ON credit_entries
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION post_credit_entries();

-- a transfer's entries sum to zero: checked when its transaction commits
CREATE FUNCTION transfer_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT coalesce(sum(amount), 0) FROM credit_entries WHERE transfer_id = NEW.id) <> 0
     OR (SELECT count(*) FROM credit_entries WHERE transfer_id = NEW.id) <> 2 THEN
    RAISE EXCEPTION 'credit transfer % is not two entries that sum to zero', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER credit_transfers_balance AFTER INSERT ON credit_transfers DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION transfer_balances();
-- entries are history: never changed, never removed
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed or removed', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER credit_entries_are_history BEFORE UPDATE OR DELETE ON credit_entries FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER credit_transfers_are_history BEFORE UPDATE OR DELETE ON credit_transfers FOR EACH ROW EXECUTE FUNCTION refuse_change();
