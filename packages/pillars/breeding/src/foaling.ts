import type { Database } from '@db/core';
import { horses } from '@db/horses/tables';
import type { AnyRelations } from 'drizzle-orm';
import type { BREEDING_FOAL_SEXES } from './constants.ts';
import { offspringRecords } from './schema/offspring-records.ts';
import type { NewOffspringRecord, OffspringRecord } from './validation.ts';

/** What `recordFoaling` needs: the foaling, and the foal's own facts for its `horses` row. */
export interface RecordFoalingInput {
  /**
   * The foaling as offspring_records takes it, for a live foal of a dam on the platform. The foal row's sire,
   * dam, sex and foaling date are taken from here.
   */
  foaling: Omit<NewOffspringRecord, 'id' | 'foalHorseId' | 'outcome' | 'foalSex' | 'damId' | 'createdAt' | 'updatedAt'> & {
    damId: string;
    foalSex: (typeof BREEDING_FOAL_SEXES)[number];
  };
  /** The foal's `horses` row without what the foaling gives: names (a barn name will do), breed, colour, who enters it. */
  foal: {
    registeredName?: string | null;
    barnName?: string | null;
    breed?: string | null;
    colour?: string | null;
    countryOfBirth?: string | null;
    breederUserId?: string | null;
    createdByUserId: string;
  };
}

export interface RecordedFoaling {
  foalHorseId: string;
  offspringRecord: OffspringRecord;
}

/**
 * Records the birth of a live foal: inserts the foal's `horses` row (sire and dam set there, where pedigrees are
 * queried; sex, foaling date and whether it is estimated from the foaling) and the `offspring_records` row that
 * points at it, in one transaction: either both exist or neither. Inside a transaction it is a savepoint.
 */
export async function recordFoaling(db: Database<AnyRelations>, input: RecordFoalingInput): Promise<RecordedFoaling> {
  const { foaling, foal } = input;
  return db.transaction(async (tx) => {
    const [horse] = await tx
      .insert(horses)
      .values({
        ...foal,
        sex: foaling.foalSex,
        sireId: foaling.sireId ?? null,
        damId: foaling.damId,
        foalingDate: foaling.foaledOn,
        foalingDateIsEstimated: foaling.foaledOnIsEstimated ?? false,
      })
      .returning({ id: horses.id });
    const [offspringRecord] = await tx
      .insert(offspringRecords)
      .values({ ...foaling, outcome: 'live_foal', foalHorseId: horse!.id })
      .returning();
    return { foalHorseId: horse!.id, offspringRecord: offspringRecord! };
  });
}
