-- ecomops schema, version 3: orders (JdbcOrderRepository).
CREATE TABLE orders (
  id                   TEXT        PRIMARY KEY,
  version              BIGINT      NOT NULL,
  customer_id          TEXT        NOT NULL,
  payment_fingerprint  TEXT,
  ship_to_key          TEXT        NOT NULL,
  placed_at            TIMESTAMPTZ NOT NULL,
  pending              BOOLEAN     NOT NULL,   -- a stock intent waits to be settled
  body                 TEXT        NOT NULL    -- JSON of the Order
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
CREATE INDEX orders_payment ON orders (payment_fingerprint, placed_at) WHERE payment_fingerprint IS NOT NULL;
CREATE INDEX orders_ship_to ON orders (ship_to_key, placed_at);
CREATE INDEX orders_pending ON orders (placed_at, id) WHERE pending;
