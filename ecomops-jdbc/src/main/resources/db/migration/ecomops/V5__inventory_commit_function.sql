-- ecomops schema, version 5: an inventory commit in one round trip.
-- JdbcInventoryStore sends the whole commit as one JSON document; this function writes it in the
-- caller's transaction. A guard that does not hold raises SQL state EC409 (the store's CONFLICT),
-- which rolls back everything the commit wrote. 'DUPLICATE' is answered before anything is written.
-- search_path is fixed to this schema at creation, so the tables resolve whatever the caller's is.
CREATE FUNCTION commit_inventory(c jsonb) RETURNS text
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
DECLARE
  u jsonb;
  r jsonb;
  n integer;
  expected bigint;
BEGIN
  IF c->>'key' IS NOT NULL THEN
    -- first: of two commits with one key, the second waits here for the first, then does nothing
    INSERT INTO commit_record (idempotency_key, fingerprint, body)
      VALUES (c->>'key', c->>'fingerprint', c->>'record')
      ON CONFLICT (idempotency_key) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
      RETURN 'DUPLICATE';
    END IF;
  END IF;

  -- stock updates arrive in key order: every commit locks balances in one order, so none deadlock
  FOR u IN SELECT value FROM jsonb_array_elements(c->'stock') LOOP
    expected := (u->>'expected')::bigint;
    IF jsonb_array_length(u->'movements') = 0 THEN
      -- a read check: the version must still be the one the plan read
      SELECT version INTO n FROM stock_balance WHERE sku = u->>'sku' AND location = u->>'location' FOR SHARE;
      IF coalesce(n, 0) <> expected THEN
        RAISE EXCEPTION 'stock % at % is not at version %', u->>'sku', u->>'location', expected USING ERRCODE = 'EC409';
      END IF;
      CONTINUE;
    END IF;
    IF expected = 0 THEN
      INSERT INTO stock_balance (sku, location, version, on_hand, reserved, picked, damaged, on_hold, in_transit,
          incoming, safety_stock, lots, schedule)
        VALUES (u->>'sku', u->>'location', (u->>'version')::bigint, (u->>'onHand')::bigint, (u->>'reserved')::bigint,
          (u->>'picked')::bigint, (u->>'damaged')::bigint, (u->>'onHold')::bigint, (u->>'inTransit')::bigint,
          (u->>'incoming')::bigint, (u->>'safetyStock')::bigint, u->>'lots', u->>'schedule')
        ON CONFLICT (sku, location) DO NOTHING;
    ELSE
      UPDATE stock_balance SET version = (u->>'version')::bigint, on_hand = (u->>'onHand')::bigint,
          reserved = (u->>'reserved')::bigint, picked = (u->>'picked')::bigint, damaged = (u->>'damaged')::bigint,
          on_hold = (u->>'onHold')::bigint, in_transit = (u->>'inTransit')::bigint, incoming = (u->>'incoming')::bigint,
          safety_stock = (u->>'safetyStock')::bigint, lots = u->>'lots', schedule = u->>'schedule'
        WHERE sku = u->>'sku' AND location = u->>'location' AND version = expected;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> 1 THEN
      RAISE EXCEPTION 'stock % at % is not at version %', u->>'sku', u->>'location', expected USING ERRCODE = 'EC409';
    END IF;
    INSERT INTO stock_movement (sku, location, sequence, body)
      SELECT u->>'sku', u->>'location', (m->>'sequence')::bigint, m->>'body'
      FROM jsonb_array_elements(u->'movements') AS m;
  END LOOP;

  FOR r IN SELECT value FROM jsonb_array_elements(c->'reservations') LOOP
    expected := (r->>'expected')::bigint;
    IF expected = 0 THEN
      INSERT INTO reservation (id, version, status, expires_at, body)
        VALUES (r->>'id', (r->>'version')::bigint, r->>'status', (r->>'expiresAt')::timestamptz, r->>'body')
        ON CONFLICT (id) DO NOTHING;
    ELSE
      UPDATE reservation SET version = (r->>'version')::bigint, status = r->>'status',
          expires_at = (r->>'expiresAt')::timestamptz, body = r->>'body'
        WHERE id = r->>'id' AND version = expected;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> 1 THEN
      RAISE EXCEPTION 'reservation % is not at version %', r->>'id', expected USING ERRCODE = 'EC409';
    END IF;
    IF expected = 0 THEN
      INSERT INTO reservation_key (sku, location, reservation_id)
        SELECT k->>'sku', k->>'location', r->>'id' FROM jsonb_array_elements(r->'keys') AS k;
    END IF;
  END LOOP;

  INSERT INTO outbox (event_id, aggregate, sequence, schema_version, type, payload)
    SELECT e->>'id', e->>'aggregate', (e->>'sequence')::bigint, (e->>'schemaVersion')::integer, e->>'type',
        e->>'payload'
    FROM jsonb_array_elements(c->'events') WITH ORDINALITY AS x(e, i)
    ORDER BY i;
  RETURN 'APPLIED';
END
$$;
