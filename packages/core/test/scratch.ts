import { date, integer, text } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { currency, domainTable, id, jsonObject, money, textEnum, timestamps, tableSchemas } from '../src/index.ts';
const SEX = ['mare', 'stallion', 'gelding'] as const;
export const horses = domainTable('horses', {
  id: id(),
  barnName: text().notNull(),
  sex: textEnum(SEX).notNull(),
  price: money(),
  currency: currency(),
  born: date(),
  meta: jsonObject<{ a?: number }>(),
  qty: integer().notNull(),
  ...timestamps(),
});
export const horseSchemas = tableSchemas(horses, { meta: () => z.object({ a: z.number().optional() }), qty: (s) => s.min(0) });
type I = z.infer<typeof horseSchemas.insert>;
const x: I = { barnName: 'a', sex: 'mare', qty: 1 };
const r = horseSchemas.insert.safeParse({ barnName: 'x', sex: 'foo', price: 'abc', currency: 'usd', qty: -1, born: '2020-13-01', meta: 5 });
console.log(r.error?.issues.map((i) => i.path.join('.') + ': ' + i.message), x);
console.log(horseSchemas.insert.safeParse({ barnName: 'x', sex: 'mare', price: null, qty: 0 }).success);
console.log(horseSchemas.select.safeParse({}).error?.issues.length);
import { createInsertSchema } from 'drizzle-orm/zod';
export const t2 = createInsertSchema(horses, { qty: (s) => s.min(0) });
