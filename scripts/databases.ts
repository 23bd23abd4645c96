/**
 * Every database of the repository: its package, drizzle-kit config, migrations and seed. The root scripts
 * (`pnpm db:*`, scripts/db.ts) and the test run's global setup read this list.
 */
import * as blipee from '@db/blipee';
import * as equine from '@db/equine';
import * as hotdash from '@db/hotdash';
import * as mundoTango from '@db/mundo-tango';
import * as yachtparty from '@db/yachtparty';
import type { AnyRelations } from 'drizzle-orm';

export interface DatabaseEntry {
  /** The package's exports: its tables (and everything else it exports) and its `relations`. */
  exports: Record<string, unknown> & { relations: AnyRelations };
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
    exports: equine,
    migrationsFolder: equine.migrationsFolder,
    // drizzle-kit, then the functions and triggers the pillars declare.
    generate: ['tsx', 'packages/equine/scripts/generate.ts'],
    seed: 'packages/equine/scripts/seed.ts',
  },
  yachtparty: {
    config: yachtpartyConfig,
    exports: yachtparty,
    migrationsFolder: yachtparty.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', yachtpartyConfig],
    seed: 'packages/systems/yachtparty/scripts/seed.ts',
  },
  hotdash: {
    config: hotdashConfig,
    exports: hotdash,
    migrationsFolder: hotdash.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', hotdashConfig],
    seed: 'packages/systems/hotdash/scripts/seed.ts',
  },
  blipee: {
    config: blipeeConfig,
    exports: blipee,
    migrationsFolder: blipee.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', blipeeConfig],
    seed: 'packages/systems/blipee/scripts/seed.ts',
  },
  'mundo-tango': {
    config: mundoTangoConfig,
    exports: mundoTango,
    migrationsFolder: mundoTango.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', mundoTangoConfig],
    seed: 'packages/systems/mundo-tango/scripts/seed.ts',
  },
};
