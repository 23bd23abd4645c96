import type { TableSchemaCatalog } from '@db/core';
import { healthCatalog } from '@db/health';
import * as healthTables from '@db/health/tables';
import { horsesCatalog } from '@db/horses';
import * as horsesTables from '@db/horses/tables';
import { providersCatalog } from '@db/providers';
import * as providersTables from '@db/providers/tables';
import { purchasesCatalog } from '@db/purchases';
import * as purchasesTables from '@db/purchases/tables';
import { usersCatalog } from '@db/users';
import * as usersTables from '@db/users/tables';

/** Every table of the equine database, keyed by variable name (what drizzle's relational queries use). */
export const schema = { ...usersTables, ...horsesTables, ...providersTables, ...purchasesTables, ...healthTables };

/** Every table with its insert/select/update schemas, keyed by SQL table name (for tooling and generic tests). */
export const equineCatalog: TableSchemaCatalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...purchasesCatalog, ...healthCatalog };
