import type { AnyColumn } from 'drizzle-orm';
import { numeric } from 'drizzle-orm/pg-core';
import { between, tableNameOf, together } from './rules.ts';

/**
 * A WGS 84 position in decimal degrees, `numeric(9,6)` (about 0.1 m, exact as a decimal string), given together
 * or not at all. Spread into a table, then add `...coordinateChecks(t)` to its extra config: the range and pair
 * CHECKs, whose Zod twins `tableSchemas` applies by itself.
 */
export const coordinates = () => ({
  latitude: numeric({ precision: 9, scale: 6 }),
  longitude: numeric({ precision: 9, scale: 6 }),
});

/** Range CHECKs of both columns and the pair rule, named `<table>_latitude_check` and so on. */
export function coordinateChecks(t: { latitude: AnyColumn; longitude: AnyColumn }) {
  return [
    between(t.latitude, -90, 90),
    between(t.longitude, -180, 180),
    together(t.latitude, t.longitude, {
      name: `${tableNameOf(t.latitude)}_coordinates_check`,
      message: 'latitude and longitude are given together or not at all',
    }),
  ];
}
