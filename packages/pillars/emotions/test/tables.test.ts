import { adminFixtureSet } from '@db/admin/fixtures';
import { agentsFixtureSet } from '@db/agents/fixtures';
import { complianceFixtureSet } from '@db/compliance/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { feedbackFixtureSet } from '@db/feedback/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { retentionFixtureSet } from '@db/retention/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { emotionsFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(emotionsFixtureSet, [
  usersFixtureSet,
  horsesFixtureSet,
  providersFixtureSet,
  purchasesFixtureSet,
  socialFixtureSet,
  recommendationsFixtureSet,
  adminFixtureSet,
  complianceFixtureSet,
  agentsFixtureSet,
  retentionFixtureSet,
  feedbackFixtureSet,
]);
