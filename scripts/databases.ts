/**
 * Every database of the repository: where its migrations are, its drizzle-kit config and its scripts. The root
 * scripts (`pnpm db:*`, scripts/db.ts) and the test run's global setup read this list.
 */
import { migrationsFolder as equineMigrations } from '@db/equine';
import { migrationsFolder as yachtpartyMigrations } from '@db/yachtparty';

export interface DatabaseEntry {
  /** drizzle-kit's config, from the repository root. */
  config: string;
  migrationsFolder: string;
  /** `pnpm db:migrate <name>`, `pnpm db:seed <name>`: the package's own scripts. */
  scripts: { migrate: string; seed: string; audit?: string };
}

export const databases: Record<string, DatabaseEntry> = {
  equine: {
    config: 'drizzle.config.ts',
    migrationsFolder: equineMigrations,
    scripts: { migrate: 'packages/equine/scripts/migrate.ts', seed: 'packages/equine/scripts/seed.ts', audit: 'packages/equine/scripts/audit.ts' },
  },
  yachtparty: {
    config: 'packages/systems/yachtparty/drizzle.config.ts',
    migrationsFolder: yachtpartyMigrations,
    scripts: { migrate: 'packages/systems/yachtparty/scripts/migrate.ts', seed: 'packages/systems/yachtparty/scripts/seed.ts' },
  },
};
