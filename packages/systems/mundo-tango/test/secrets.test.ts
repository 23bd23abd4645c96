import { refusal, setupTestDatabase } from '@db/core/testing';
import { describe, expect, test } from 'vitest';
import {
  environmentVariables,
  environmentVariableSchemas,
  platformIntegrations,
  platformIntegrationSchemas,
  relations,
  twoFactorSecrets,
  twoFactorSecretSchemas,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });
const SEALED = 'v1:AAECAwQFBgcICQoL:3q2+7w8fHh4eHh4eHh4eHh4eHh4eHh4e';

/** Refused by Zod on `field` and by the database with a CHECK violation. */
async function refusedBoth(schema: { safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, table: never, row: Record<string, unknown>, field: string) {
  const parsed = schema.safeParse(row);
  expect(parsed.success).toBe(false);
  expect(parsed.error!.issues.map((issue) => issue.path[0])).toContain(field);
  const refused = await refusal(t.db, (tx) => tx.insert(table).values(row as never));
  expect(refused?.code).toBe('23514');
}

describe('no secret is stored in plain text', () => {
  test('the two-factor secret behind users.two_factor_enabled is sealed, never the TOTP seed itself', async () => {
    const [userId] = await dancers(t.db, 'valeria');
    await refusedBoth(twoFactorSecretSchemas.insert, twoFactorSecrets as never, { userId, sealedSecret: 'JBSWY3DPEHPK3PXP', keyId: 'kms-2025-01' }, 'sealedSecret');
    const row = twoFactorSecretSchemas.insert.parse({ userId, sealedSecret: SEALED, keyId: 'kms-2025-01' });
    await t.db.insert(twoFactorSecrets).values(row);
  });

  test('an integration references the secret manager, never holds the API key', async () => {
    const [userId] = await dancers(t.db, 'martin');
    const integration = { userId, provider: 'github', accountName: 'mundotango' };
    await refusedBoth(platformIntegrationSchemas.insert, platformIntegrations as never, { ...integration, secretRef: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a' }, 'secretRef');
    await t.db.insert(platformIntegrations).values(platformIntegrationSchemas.insert.parse({ ...integration, secretRef: 'vault://mundo-tango/github/token' }));
  });

  test('a secret environment variable keeps only its sealed value; a plain one keeps its value', async () => {
    const [createdBy] = await dancers(t.db, 'sofia');
    const variable = { environment: 'production', createdBy };
    await refusedBoth(environmentVariableSchemas.insert, environmentVariables as never, { ...variable, name: 'STRIPE_KEY', kind: 'secret', value: 'sk_live_123', keyId: 'kms-2025-01' }, 'value');
    await refusedBoth(environmentVariableSchemas.insert, environmentVariables as never, { ...variable, name: 'STRIPE_KEY', kind: 'secret', sealedValue: 'sk_live_123', keyId: 'kms-2025-01' }, 'sealedValue');
    await t.db.insert(environmentVariables).values([
      environmentVariableSchemas.insert.parse({ ...variable, name: 'STRIPE_KEY', kind: 'secret', sealedValue: SEALED, keyId: 'kms-2025-01' }),
      environmentVariableSchemas.insert.parse({ ...variable, name: 'NODE_ENV', kind: 'plain', value: 'production' }),
    ]);
  });
});
