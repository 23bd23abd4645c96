import { sql, type AnyColumn } from 'drizzle-orm';
import { check, numeric } from 'drizzle-orm/pg-core';
import { together, type RowRule } from './row-rules.ts';
import { tableNameOf } from './table.ts';
import { decimalBetween } from './validation.ts';

/**
 * A WGS 84 position in decimal degrees, `numeric(9,6)` (about 0.1 m, exact as a decimal string), given together
 * or not at all. Spread into a table, then add `...coordinateChecks(t)` to its extra config, and spread
 * `coordinateRefinements` into its refinements with `coordinatesTogether` in its row rules.
 */
export const coordinates = () => ({
  latitude: numeric({ precision: 9, scale: 6 }),
  longitude: numeric({ precision: 9, scale: 6 }),
});

/** Range CHECKs of both columns and the pair rule, named `<table>_latitude_check` and so on. */
export function coordinateChecks(t: { latitude: AnyColumn; longitude: AnyColumn }) {
  const table = tableNameOf(t.latitude);
  return [
    check(`${table}_latitude_check`, sql`${t.latitude} between -90 and 90`),
    check(`${table}_longitude_check`, sql`${t.longitude} between -180 and 180`),
    check(`${table}_coordinates_check`, sql`(${t.latitude} is null) = (${t.longitude} is null)`),
  ];
}

/** The Zod twins of the range CHECKs. */
export const coordinateRefinements = {
  latitude: () => decimalBetween(9, 6, -90, 90),
  longitude: () => decimalBetween(9, 6, -180, 180),
};

/** The Zod twin of the pair CHECK. */
export const coordinatesTogether: RowRule = together('latitude', 'longitude', 'latitude and longitude are given together or not at all');
