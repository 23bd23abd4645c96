/**
 * Every database of the repository: its drizzle-kit config, migrations and seed. The root scripts (`pnpm db:*`,
 * scripts/db.ts) and the test run's global setup read this list.
 */
import { migrationsFolder as blipeeMigrations } from '@db/blipee';
import { migrationsFolder as equineMigrations } from '@db/equine';
import { migrationsFolder as hotdashMigrations } from '@db/hotdash';
import { migrationsFolder as mundoTangoMigrations } from '@db/mundo-tango';
import { migrationsFolder as yachtpartyMigrations } from '@db/yachtparty';

export interface DatabaseEntry {
  /** drizzle-kit's config, from the repository root. */
  config: string;
  migrationsFolder: string;
  /** `pnpm db:generate`: the command that regenerates its migrations (given `--name x` and the like after it). */
  generate: string[];
  /** `pnpm db:seed <name>`: the package's seed script. */
  seed: string;
}

const yachtpartyConfig = 'packages/systems/yachtparty/drizzle.config.ts';
const hotdashConfig = 'packages/systems/hotdash/drizzle.config.ts';
const blipeeConfig = 'packages/systems/blipee/drizzle.config.ts';
const mundoTangoConfig = 'packages/systems/mundo-tango/drizzle.config.ts';

export const databases: Record<string, DatabaseEntry> = {
  equine: {
    config: 'drizzle.config.ts',
    migrationsFolder: equineMigrations,
    // drizzle-kit, then the functions and triggers the pillars declare.
    generate: ['tsx', 'packages/equine/scripts/generate.ts'],
    seed: 'packages/equine/scripts/seed.ts',
  },
  yachtparty: {
    config: yachtpartyConfig,
    migrationsFolder: yachtpartyMigrations,
    generate: ['drizzle-kit', 'generate', '--config', yachtpartyConfig],
    seed: 'packages/systems/yachtparty/scripts/seed.ts',
  },
  hotdash: {
    config: hotdashConfig,
    migrationsFolder: hotdashMigrations,
    generate: ['drizzle-kit', 'generate', '--config', hotdashConfig],
    seed: 'packages/systems/hotdash/scripts/seed.ts',
  },
  blipee: {
    config: blipeeConfig,
    migrationsFolder: blipeeMigrations,
    generate: ['drizzle-kit', 'generate', '--config', blipeeConfig],
    seed: 'packages/systems/blipee/scripts/seed.ts',
  },
  'mundo-tango': {
    config: mundoTangoConfig,
    migrationsFolder: mundoTangoMigrations,
    generate: ['drizzle-kit', 'generate', '--config', mundoTangoConfig],
    seed: 'packages/systems/mundo-tango/scripts/seed.ts',
  },
};
