-- ecomops schema, version 6: the state that had no SPI before (open cycle counts, parcels'
-- tracking state, 3PL hand-overs, the refund ledger). Versioned aggregates like version 4's
-- tables: id, version, the one column a lookup needs, a flag for the list a service asks for,
-- and the aggregate as JSON.

CREATE TABLE cycle_count (
  id       TEXT    PRIMARY KEY,
  version  BIGINT  NOT NULL,
  lookup   TEXT,             -- unused
  flag     BOOLEAN NOT NULL, -- open (not posted)
  body     TEXT    NOT NULL
);
CREATE INDEX cycle_count_open ON cycle_count (id) WHERE flag;

CREATE TABLE tracked_parcel (
  id       TEXT    PRIMARY KEY, -- tracking number
  version  BIGINT  NOT NULL,
  lookup   TEXT,                -- promised date, ISO-8601 (sorts as dates do)
  flag     BOOLEAN NOT NULL,    -- awaiting a delay check: not delivered, not reported late
  body     TEXT    NOT NULL
);
CREATE INDEX tracked_parcel_delay_check ON tracked_parcel (lookup, id) WHERE flag;

CREATE TABLE handover (
  id       TEXT    PRIMARY KEY, -- order id
  version  BIGINT  NOT NULL,
  lookup   TEXT,                -- unused
  flag     BOOLEAN NOT NULL,    -- unused
  body     TEXT    NOT NULL
);

CREATE TABLE refund (
  id       TEXT    PRIMARY KEY, -- idempotency key
  version  BIGINT  NOT NULL,
  lookup   TEXT,                -- order id
  flag     BOOLEAN NOT NULL,    -- paid
  body     TEXT    NOT NULL
);
CREATE INDEX refund_order ON refund (lookup, id);

-- Paged key listing (InventoryStore.keys(after, limit)) walks keys in code-point order,
-- whatever the database's collation.
CREATE INDEX stock_balance_keys_in_code_point_order ON stock_balance (sku COLLATE "C", location COLLATE "C");

-- A reservation's keys, read with the reservation (InventoryStore.reservationWithBalances).
CREATE INDEX reservation_key_by_reservation ON reservation_key (reservation_id);
