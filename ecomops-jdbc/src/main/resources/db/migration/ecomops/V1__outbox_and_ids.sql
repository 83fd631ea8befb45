-- ecomops schema, version 1: the transactional outbox and the id sequence.
-- Run by EcomopsSchema.migrate (Flyway, into the schema it is given), or by the host's own Flyway
-- with this folder on its locations; every table is created unqualified, in the migration's schema.

-- Events written with the state that caused them; a relay claims, delivers and deletes them.
CREATE TABLE outbox (
  position        BIGSERIAL PRIMARY KEY,         -- write order: claims go oldest first
  event_id        TEXT        NOT NULL UNIQUE,   -- aggregate#sequence, what consumers deduplicate on
  aggregate       TEXT        NOT NULL,          -- kind/key
  sequence        BIGINT      NOT NULL,          -- per aggregate, increasing
  schema_version  INTEGER     NOT NULL,
  type            TEXT        NOT NULL,          -- the event's type name (EventJson)
  payload         TEXT        NOT NULL,          -- the event as JSON (EventJson)
  leased_until    TIMESTAMPTZ,                   -- null: claimable; else claimed until then
  UNIQUE (aggregate, sequence)
);

-- the claim's "no earlier undelivered event of this aggregate under a live lease"
CREATE INDEX outbox_aggregate_leased ON outbox (aggregate, sequence) WHERE leased_until IS NOT NULL;

-- ids are blocks of this sequence (hi/lo): one round trip per block, not per id
CREATE SEQUENCE id_blocks START WITH 1 INCREMENT BY 1;
