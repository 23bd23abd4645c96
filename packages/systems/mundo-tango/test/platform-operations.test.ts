import { refusal, setupTestDatabase } from '@db/core/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  analyticsEvents,
  cicdPipelines,
  cicdRuns,
  cicdRunSchemas,
  costRecords,
  costRecordSchemas,
  customDomains,
  customDomainSchemas,
  deployments,
  previewDeployments,
  previewDeploymentSchemas,
  relations,
  teamMembers,
  teamMemberSchemas,
  users,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

const DAY = 24 * 60 * 60 * 1000;
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';

async function aDeployment() {
  const [admin] = await dancers(t.db, 'diego');
  const [deployment] = await t.db
    .insert(deployments)
    .values({ userId: admin!, type: 'preview', status: 'success', gitBranch: 'feature/milonga-map', gitCommitSha: SHA })
    .returning({ id: deployments.id });
  return { admin: admin!, deploymentId: deployment!.id };
}

describe('running the platform', () => {
  test('a preview expires seven days after it is created, never before, and goes with its deployment', async () => {
    const { deploymentId } = await aDeployment();
    const preview = { deploymentId, branch: 'feature/milonga-map', prNumber: 214, url: 'https://mundo-tango-git-milonga-map.vercel.app' };
    const [row] = await t.db.insert(previewDeployments).values(previewDeploymentSchemas.insert.parse(preview)).returning();
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(7 * DAY);

    const expired = { ...preview, url: 'https://mundo-tango-pr-215.vercel.app', expiresAt: new Date(Date.now() - DAY) };
    expect(previewDeploymentSchemas.insert.safeParse(expired).error?.issues[0]?.path).toEqual(['expiresAt']);
    const backwards = { ...expired, createdAt: new Date('2025-06-10T12:00:00'), expiresAt: new Date('2025-06-03T12:00:00') };
    expect(await refusal(t.db, (tx) => tx.insert(previewDeployments).values(backwards))).toMatchObject({ code: '23514', constraint: 'preview_deployments_created_at_expires_at_check' });

    await t.db.delete(deployments).where(eq(deployments.id, deploymentId));
    expect(await t.db.select().from(previewDeployments)).toEqual([]);
  });

  test('a custom domain is configured once, as a lower-case hostname, and outlives the deployment it points at', async () => {
    const { deploymentId } = await aDeployment();
    const domain = { domain: 'mundotango.life', deploymentId, isPrimary: true };
    const [row] = await t.db.insert(customDomains).values(customDomainSchemas.insert.parse(domain)).returning({ id: customDomains.id });
    expect(await refusal(t.db, (tx) => tx.insert(customDomains).values({ domain: 'mundotango.life' }))).toMatchObject({ code: '23505', constraint: 'custom_domains_domain_unique' });

    const shouting = { domain: 'WWW.MundoTango.life' };
    expect(customDomainSchemas.insert.safeParse(shouting).error?.issues[0]?.path).toEqual(['domain']);
    expect(await refusal(t.db, (tx) => tx.insert(customDomains).values(shouting))).toMatchObject({ code: '23514', constraint: 'custom_domains_domain_format_check' });

    await t.db.delete(deployments).where(eq(deployments.id, deploymentId));
    expect(await t.db.select({ domain: customDomains.domain, deploymentId: customDomains.deploymentId }).from(customDomains).where(eq(customDomains.id, row!.id))).toEqual([
      { domain: 'mundotango.life', deploymentId: null },
    ]);
  });

  test('a client’s retried analytics event is counted once, and stays, anonymous, when its user is deleted', async () => {
    const [dancer] = await dancers(t.db, 'lucia');
    const event = { eventId: '0b9e4a51-6c1f-4f0e-9d1c-6f3b2f7a9e10', eventName: 'rsvp_going', userId: dancer!, sessionId: 's-77', pagePath: '/events/42', occurredAt: new Date() };
    await t.db.insert(analyticsEvents).values(event);
    await t.db.insert(analyticsEvents).values(event).onConflictDoNothing({ target: analyticsEvents.eventId });
    expect(await refusal(t.db, (tx) => tx.insert(analyticsEvents).values(event))).toMatchObject({ code: '23505', constraint: 'analytics_events_event_id_unique' });

    await t.db.delete(users).where(eq(users.id, dancer!));
    expect(await t.db.select({ eventName: analyticsEvents.eventName, userId: analyticsEvents.userId }).from(analyticsEvents)).toEqual([{ eventName: 'rsvp_going', userId: null }]);
  });

  test('re-importing a bill updates its lines instead of doubling them; an amount is never negative', async () => {
    const line = {
      provider: 'vercel' as const,
      service: 'bandwidth',
      category: 'bandwidth' as const,
      externalId: 'il_1PmXyZ-bandwidth',
      periodStart: new Date('2025-05-01T00:00:00'),
      periodEnd: new Date('2025-06-01T00:00:00'),
      amount: '40.00',
      currency: 'USD',
      usageQuantity: '400',
      usageUnit: 'GB',
    };
    await t.db.insert(costRecords).values(costRecordSchemas.insert.parse(line));
    await t.db
      .insert(costRecords)
      .values({ ...line, amount: '42.50' })
      .onConflictDoUpdate({ target: [costRecords.provider, costRecords.externalId], set: { amount: '42.50' } });
    expect(await t.db.select({ amount: costRecords.amount }).from(costRecords)).toEqual([{ amount: '42.50' }]);

    const credit = { ...line, externalId: 'il_1PmXyZ-credit', amount: '-5.00' };
    expect(costRecordSchemas.insert.safeParse(credit).error?.issues[0]?.path).toEqual(['amount']);
    expect(await refusal(t.db, (tx) => tx.insert(costRecords).values(credit))).toMatchObject({ code: '23514', constraint: 'cost_records_amount_check' });
    const backwards = { ...line, externalId: 'il_1PmXyZ-late', periodEnd: new Date('2025-04-01T00:00:00') };
    expect(costRecordSchemas.insert.safeParse(backwards).error?.issues[0]?.path).toEqual(['periodEnd']);
  });

  test('a user is on the team once, with permissions only from the list', async () => {
    const [owner, developer] = await dancers(t.db, 'carlos', 'ana');
    const member = { userId: developer!, invitedBy: owner!, role: 'developer' as const, permissions: ['deploy_preview', 'trigger_pipelines'], status: 'active' as const, invitedAt: new Date('2025-06-01T09:00:00'), acceptedAt: new Date('2025-06-01T10:30:00') };
    await t.db.insert(teamMembers).values(teamMemberSchemas.insert.parse(member));
    expect(await refusal(t.db, (tx) => tx.insert(teamMembers).values({ userId: developer! }))).toMatchObject({ code: '23505', constraint: 'unique_team_member' });

    const root = { userId: owner!, role: 'admin' as const, permissions: ['deploy_production', 'drop_database'] };
    expect(teamMemberSchemas.insert.safeParse(root).error?.issues[0]?.path).toEqual(['permissions']);
    expect(await refusal(t.db, (tx) => tx.insert(teamMembers).values(root))).toMatchObject({ code: '23514', constraint: 'team_members_permissions_check' });
  });

  test('a pipeline numbers its runs once each; a redelivered webhook updates its run; runs outlive their deployment and go with their pipeline', async () => {
    const { deploymentId } = await aDeployment();
    const [pipeline] = await t.db
      .insert(cicdPipelines)
      .values({ name: 'deploy-preview', repository: 'mundotango/platform', branchPattern: '*', trigger: 'pull_request' })
      .returning({ id: cicdPipelines.id });
    const run = { pipelineId: pipeline!.id, deploymentId, runNumber: 1, providerRunId: '9876543210', commitSha: SHA, branch: 'feature/milonga-map', trigger: 'pull_request' as const, status: 'running' as const, queuedAt: new Date('2025-06-02T14:00:00'), startedAt: new Date('2025-06-02T14:00:05') };
    await t.db.insert(cicdRuns).values(cicdRunSchemas.insert.parse(run));
    const finished = { status: 'success' as const, finishedAt: new Date('2025-06-02T14:01:40'), durationSeconds: 95 };
    await t.db.insert(cicdRuns).values({ ...run, ...finished }).onConflictDoUpdate({ target: cicdRuns.providerRunId, set: finished });
    expect(await t.db.select({ runNumber: cicdRuns.runNumber, status: cicdRuns.status }).from(cicdRuns)).toEqual([{ runNumber: 1, status: 'success' }]);
    expect(await refusal(t.db, (tx) => tx.insert(cicdRuns).values({ ...run, providerRunId: '9876543211' }))).toMatchObject({ code: '23505', constraint: 'unique_cicd_run_number' });
    expect(cicdRunSchemas.insert.safeParse({ ...run, runNumber: 2, commitSha: '3f78685' }).error?.issues[0]?.path).toEqual(['commitSha']);

    await t.db.delete(deployments).where(eq(deployments.id, deploymentId));
    expect(await t.db.select({ deploymentId: cicdRuns.deploymentId }).from(cicdRuns)).toEqual([{ deploymentId: null }]);
    await t.db.delete(cicdPipelines).where(eq(cicdPipelines.id, pipeline!.id));
    expect(await t.db.select().from(cicdRuns)).toEqual([]);
  });
});
