import { describeTableSuite } from '@db/core/testing';
import { financeFixtureSet } from '@db/finance/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { paymentsFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(paymentsFixtureSet, [usersFixtureSet, horsesFixtureSet, providersFixtureSet, purchasesFixtureSet, financeFixtureSet]);
