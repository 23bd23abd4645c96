import type { DatabaseObject } from '@db/core';

/**
 * A feed stock never goes below zero. A stock is one holder (a user, a facility, or a user at a facility) and one
 * feed type; its level is the sum of its `feed_inventory` movements. No CHECK can see other rows, so a constraint
 * trigger judges every stock an INSERT, UPDATE or DELETE touches and refuses the change that leaves it below zero:
 * check_violation (23514) naming `feed_inventory_stock_check`, with the stock and its level in the message.
 *
 * - Concurrency: the check first takes a transaction-level advisory lock on the stock (a hash of its holder and
 *   feed), so two movements of the same stock are judged one after the other, the second seeing the first once it
 *   has committed (READ COMMITTED, PostgreSQL's default: each statement of the function reads a fresh snapshot).
 * - Deferred: `DEFERRABLE INITIALLY DEFERRED`, it judges the stock at COMMIT, so a delivery and the usage it covers
 *   can be written in either order in one transaction, and rows a test rolls back (the generic and agreement
 *   suites) are never judged. `SET CONSTRAINTS ALL IMMEDIATE` (or `feed_inventory_stock IMMEDIATE`) judges them on
 *   the spot.
 * - The level is the stock's total: a movement back-dated (`occurred_at`) before the delivery that covers it is
 *   judged by the total, not by the running balance at its date.
 */
export const feedStockObjects: readonly DatabaseObject[] = [
  {
    kind: 'function',
    name: 'nutrition_assert_feed_stock',
    statements: [
      `CREATE OR REPLACE FUNCTION nutrition_assert_feed_stock(holder_user uuid, holder_facility uuid, feed uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  stock_level numeric;
BEGIN
  -- One stock at a time: concurrent movements of it wait here until the first one's transaction ends.
  PERFORM pg_advisory_xact_lock(hashtextextended(
    'feed_inventory:' || coalesce(holder_user::text, '-') || ':' || coalesce(holder_facility::text, '-') || ':' || feed::text, 0));
  SELECT coalesce(sum(quantity_kg), 0) INTO stock_level FROM feed_inventory
    WHERE feed_type_id = feed
      AND (owner_user_id = holder_user OR (holder_user IS NULL AND owner_user_id IS NULL))
      AND (facility_id = holder_facility OR (holder_facility IS NULL AND facility_id IS NULL));
  IF stock_level < 0 THEN
    RAISE EXCEPTION 'feed stock of feed type % held by user % at facility % would be % kg: it cannot go below zero',
      feed, coalesce(holder_user::text, '-'), coalesce(holder_facility::text, '-'), stock_level
      USING ERRCODE = 'check_violation', CONSTRAINT = 'feed_inventory_stock_check', TABLE = 'feed_inventory';
  END IF;
END $$`,
    ],
  },
  {
    kind: 'function',
    name: 'nutrition_feed_inventory_stock_trigger',
    statements: [
      `CREATE OR REPLACE FUNCTION nutrition_feed_inventory_stock_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM nutrition_assert_feed_stock(OLD.owner_user_id, OLD.facility_id, OLD.feed_type_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM nutrition_assert_feed_stock(NEW.owner_user_id, NEW.facility_id, NEW.feed_type_id);
  END IF;
  RETURN NULL;
END $$`,
    ],
  },
  {
    kind: 'trigger',
    name: 'feed_inventory_stock',
    table: 'feed_inventory',
    statements: [
      `DROP TRIGGER IF EXISTS feed_inventory_stock ON feed_inventory`,
      `CREATE CONSTRAINT TRIGGER feed_inventory_stock AFTER INSERT OR UPDATE OF owner_user_id, facility_id, feed_type_id, quantity_kg OR DELETE ON feed_inventory
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nutrition_feed_inventory_stock_trigger()`,
    ],
  },
];
