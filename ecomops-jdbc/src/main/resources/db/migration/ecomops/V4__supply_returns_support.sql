-- ecomops schema, version 4: purchase orders, unexpected receipts, returns (RMAs) and tickets.
-- Each is a versioned aggregate: its id, version, the one column its lookup needs, a flag for
-- the list a service asks for, and the aggregate as JSON.

CREATE TABLE purchase_order (
  id       TEXT    PRIMARY KEY,
  version  BIGINT  NOT NULL,
  lookup   TEXT,             -- supplier
  flag     BOOLEAN NOT NULL, -- unused
  body     TEXT    NOT NULL
);
CREATE INDEX purchase_order_supplier ON purchase_order (lookup, id);

CREATE TABLE unexpected_receipt (
  id       TEXT    PRIMARY KEY,
  version  BIGINT  NOT NULL,
  lookup   TEXT,             -- unused
  flag     BOOLEAN NOT NULL, -- held
  body     TEXT    NOT NULL
);
CREATE INDEX unexpected_receipt_held ON unexpected_receipt (id) WHERE flag;

CREATE TABLE rma (
  id       TEXT    PRIMARY KEY,
  version  BIGINT  NOT NULL,
  lookup   TEXT,             -- order id
  flag     BOOLEAN NOT NULL, -- unused
  body     TEXT    NOT NULL
);
CREATE INDEX rma_order ON rma (lookup, id);

CREATE TABLE ticket (
  id       TEXT    PRIMARY KEY,
  version  BIGINT  NOT NULL,
  lookup   TEXT,             -- unused
  flag     BOOLEAN NOT NULL, -- unused
  body     TEXT    NOT NULL
);
