import type { AnyRelations } from 'drizzle-orm';
import { userSchemas } from '../catalog.ts';
import { queryRows, type Connection } from '../database.ts';
import { compareCatalogs, type CatalogComparison, type Difference } from './compare.ts';
import { expectedCatalog, readCatalog } from './expected.ts';
import { migrationStatus, type MigrationStatus } from './migrations.ts';
import { rowCounts, scanStatistics, unindexedForeignKeys, type ScanStatistics, type TableRows, type UnindexedForeignKey } from './usage.ts';

/** The health of a live database against its migrations: what `pnpm db:doctor` writes. */
export interface DoctorReport {
  database: string;
  /** Where the live database is (a URL's host and database, or a data directory): never a password. */
  target: string;
  /** The live server's `version()`. */
  version: string;
  generatedAt: Date;
  /** Where the expected side was built (see expectedCatalog). */
  expectedBuiltOn: string;
  warnings: string[];
  migrations: MigrationStatus;
  /** The schemas compared: those the migrations create. */
  schemas: string[];
  /** Schemas of the live database the migrations do not create, not compared. */
  otherSchemas: string[];
  /** Schema drift, row level security aside. */
  comparison: CatalogComparison;
  /** Tables whose row level security differs from what the migrations set (off where they enable it, above all). */
  rowLevelSecurity: Difference[];
  rowCounts: TableRows[];
  unindexedForeignKeys: UnindexedForeignKey[];
  scans: ScanStatistics;
  /** Pending or unknown migrations, or any difference with what the migrations build. */
  drift: boolean;
  timings: { expectedMs: number; totalMs: number };
}

export interface DiagnoseOptions {
  database: string;
  migrationsFolder: string;
  /** The live database's URL when it is on a server: the expected side is built in a scratch database there. */
  url?: string | undefined;
  /** How the report names the live database; by default the URL's host and path, else 'embedded PGlite'. */
  target?: string | undefined;
}

/** Where a URL points, without its credentials. */
export const urlTarget = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
};

/** Reads the live database (read-only) and a scratch build of its migrations, and compares them. */
export async function diagnose(live: Connection<AnyRelations>, options: DiagnoseOptions): Promise<DoctorReport> {
  const started = performance.now();
  // First: a live database that cannot be read fails here, before a scratch database is built for nothing.
  const [version] = await queryRows<{ version: string }>(live.db, 'select version()');
  const expected = await expectedCatalog(live, options);
  const expectedMs = performance.now() - started;
  const liveSchemas = await userSchemas(live.db);
  const comparison = compareCatalogs(expected.objects, await readCatalog(live.db, expected.schemas));
  const isSecurity = (difference: Difference) => difference.kind === 'row level security';
  const rowLevelSecurity = comparison.differences.filter(isSecurity);
  const schemaDrift = {
    tallies: comparison.tallies.filter((tally) => tally.kind !== 'row level security'),
    differences: comparison.differences.filter((difference) => !isSecurity(difference)),
  };
  const migrations = await migrationStatus(live.db, options.migrationsFolder);
  const present = expected.schemas.filter((schema) => liveSchemas.includes(schema));
  // Before counting rows: each count(*) is a sequential scan of its own.
  const scans = await scanStatistics(live.db, present);
  return {
    database: options.database,
    target: options.target ?? (options.url ? urlTarget(options.url) : 'embedded PGlite'),
    version: version?.version ?? 'unknown',
    generatedAt: new Date(),
    expectedBuiltOn: expected.builtOn,
    warnings: expected.warnings,
    migrations,
    schemas: expected.schemas,
    otherSchemas: liveSchemas.filter((schema) => !expected.schemas.includes(schema)),
    comparison: schemaDrift,
    rowLevelSecurity,
    rowCounts: await rowCounts(live.db, present),
    unindexedForeignKeys: await unindexedForeignKeys(live.db, present),
    scans,
    drift: migrations.pending.length > 0 || migrations.unknown.length > 0 || comparison.differences.length > 0,
    timings: { expectedMs, totalMs: performance.now() - started },
  };
}
