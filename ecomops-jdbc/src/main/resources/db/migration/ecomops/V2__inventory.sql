-- ecomops schema, version 2: the inventory store (JdbcInventoryStore).

-- one row per stock key with at least one movement: the balance in columns, so a read needs no
-- ledger replay; version is the conditional-update guard
CREATE TABLE stock_balance (
  sku           TEXT   NOT NULL,
  location      TEXT   NOT NULL,
  version       BIGINT NOT NULL,
  on_hand       BIGINT NOT NULL,
  reserved      BIGINT NOT NULL,
  picked        BIGINT NOT NULL,
  damaged       BIGINT NOT NULL,
  on_hold       BIGINT NOT NULL,
  in_transit    BIGINT NOT NULL,
  incoming      BIGINT NOT NULL,
  safety_stock  BIGINT NOT NULL,
  lots          TEXT   NOT NULL,   -- JSON array of LotBalance
  schedule      TEXT   NOT NULL,   -- JSON array of ScheduledSupply
  PRIMARY KEY (sku, location)
);

-- the append-only ledger
CREATE TABLE stock_movement (
  sku       TEXT   NOT NULL,
  location  TEXT   NOT NULL,
  sequence  BIGINT NOT NULL,
  body      TEXT   NOT NULL,       -- JSON of the Movement
  PRIMARY KEY (sku, location, sequence)
);

CREATE TABLE reservation (
  id          TEXT        PRIMARY KEY,
  version     BIGINT      NOT NULL,
  status      TEXT        NOT NULL,
  expires_at  TIMESTAMPTZ,
  body        TEXT        NOT NULL  -- JSON of the Reservation
);
-- dueReservations(now, limit): active ones by expiry
CREATE INDEX reservation_due ON reservation (expires_at) WHERE status = 'ACTIVE' AND expires_at IS NOT NULL;

-- the keys a reservation draws on: dueReservations(key, now)
CREATE TABLE reservation_key (
  sku             TEXT NOT NULL,
  location        TEXT NOT NULL,
  reservation_id  TEXT NOT NULL REFERENCES reservation (id),
  PRIMARY KEY (sku, location, reservation_id)
);

-- applied commits by idempotency key; the key's row is written first, so of two concurrent
-- commits with one key the second waits for the first and then finds it
CREATE TABLE commit_record (
  idempotency_key  TEXT        PRIMARY KEY,
  fingerprint      TEXT        NOT NULL,
  body             TEXT        NOT NULL,  -- JSON: movements and reservations written
  committed_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX commit_record_age ON commit_record (committed_at);
