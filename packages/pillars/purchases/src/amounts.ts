import { roundHalfAway, units } from '@db/core';

/**
 * A line's net amount as the CHECK computes it: round(quantity * unit_price, 2) - discount_amount, for a
 * quantity of scale 3 and amounts of scale 2 (the product has scale 5, rounded to 2). Core's decimal helpers do
 * the exact arithmetic.
 */
export const lineNetUnits = (quantity: unknown, unitPrice: unknown, discount: unknown): bigint =>
  roundHalfAway(units(quantity, 3) * units(unitPrice, 2), 3) - units(discount, 2);
