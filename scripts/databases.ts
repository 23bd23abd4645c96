/**
 * Every database of the repository: its package, drizzle-kit config, migrations and seed. The root scripts
 * (`pnpm db:*`, scripts/db.ts) and the test run's global setup read this list.
 */
import * as blipee from '@db/blipee';
import * as equine from '@db/equine';
import * as hotdash from '@db/hotdash';
import * as mundoTango from '@db/mundo-tango';
import * as yachtparty from '@db/yachtparty';
import type { Connection } from '@db/core';
import type { FixtureSet } from '@db/core/testing';
import type { AnyRelations } from 'drizzle-orm';

export interface DatabaseEntry {
  /** The package's exports: its tables (and everything else it exports), `relations`, its embedded data directory
   * (`.data/<database>`) and `createConfiguredDb`. */
  exports: Record<string, unknown> & { relations: AnyRelations; localDataDir: string; createConfiguredDb(): Promise<Connection<AnyRelations>> };
  /** drizzle-kit's config, from the repository root. */
  config: string;
  migrationsFolder: string;
  /** `pnpm db:generate`: the command that regenerates its migrations (given `--name x` and the like after it). */
  generate: string[];
  /** `pnpm db:seed <name>`: the package's seed script. */
  seed: string;
  /** `pnpm db:seed <name> --scale N`: the fixture sets demo rows vary (the tables it depends on first). */
  fixtureSets: () => Promise<FixtureSet[]>;
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
    fixtureSets: async () => (await import('../packages/equine/test/catalog.ts')).fixtureSets,
  },
  yachtparty: {
    config: yachtpartyConfig,
    exports: yachtparty,
    migrationsFolder: yachtparty.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', yachtpartyConfig],
    seed: 'packages/systems/yachtparty/scripts/seed.ts',
    fixtureSets: async () => [(await import('../packages/systems/yachtparty/test/fixtures.ts')).yachtpartyFixtureSet],
  },
  hotdash: {
    config: hotdashConfig,
    exports: hotdash,
    migrationsFolder: hotdash.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', hotdashConfig],
    seed: 'packages/systems/hotdash/scripts/seed.ts',
    fixtureSets: async () => [(await import('../packages/systems/hotdash/test/fixtures.ts')).hotdashFixtureSet],
  },
  blipee: {
    config: blipeeConfig,
    exports: blipee,
    migrationsFolder: blipee.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', blipeeConfig],
    seed: 'packages/systems/blipee/scripts/seed.ts',
    fixtureSets: async () => {
      const { authFixtureSet, blipeeFixtureSet } = await import('../packages/systems/blipee/test/fixtures.ts');
      return [authFixtureSet, blipeeFixtureSet];
    },
  },
  'mundo-tango': {
    config: mundoTangoConfig,
    exports: mundoTango,
    migrationsFolder: mundoTango.migrationsFolder,
    generate: ['drizzle-kit', 'generate', '--config', mundoTangoConfig],
    seed: 'packages/systems/mundo-tango/scripts/seed.ts',
    fixtureSets: async () => [(await import('../packages/systems/mundo-tango/test/fixtures.ts')).mundoTangoFixtureSet],
  },
};
