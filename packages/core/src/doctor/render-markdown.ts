import type { Difference } from './compare.ts';
import type { DoctorReport } from './diagnose.ts';

/** The doctor's report as Markdown (the file) and as a few lines (the terminal). */

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
const plural = (count: number, one: string, many = `${one}s`) => `${number(count)} ${count === 1 ? one : many}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const code = (text: string) => `\`${text}\``;
const codes = (texts: string[]) => texts.map(code).join(', ');

/** A definition inside a table cell: one line, pipes escaped, long ones shortened (the full text follows the table). */
const cell = (text: string | undefined, max = 160) => {
  if (text === undefined) return '';
  const line = text.replaceAll(/\s+/g, ' ').trim();
  return code((line.length > max ? `${line.slice(0, max - 1)}…` : line).replaceAll('|', '\\|').replaceAll('`', "'"));
};

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const KIND_PLURALS: Partial<Record<string, string>> = { index: 'indexes', policy: 'policies', 'row level security': 'row level security' };

/** What goes with a missing or extra table: ` with its 12 columns, 3 indexes`. */
const along = (difference: Difference) => {
  if (!difference.along) return '';
  const parts = Object.entries(difference.along).map(([kind, count]) => (count === 1 ? `1 ${kind}` : `${count} ${KIND_PLURALS[kind] ?? `${kind}s`}`));
  return ` with its ${parts.join(', ')}`;
};

/** `PostgreSQL 18.6 (PGlite 0.5.16)`, `PostgreSQL 15.18 (Debian ...)`: version() without its build details. */
const shortVersion = (version: string) => version.split(' on ')[0]!;

const total = (report: DoctorReport, field: 'expected' | 'missing' | 'different' | 'extra') =>
  report.comparison.tallies.reduce((sum, tally) => sum + tally[field], 0);

function migrationsSection(report: DoctorReport): string[] {
  const { applied, pending, unknown, journalFound, otherSeries } = report.migrations;
  const lines = ['## 1. Migrations', ''];
  if (!journalFound) lines.push('The database has no `drizzle.__drizzle_migrations` journal: drizzle never migrated it.', '');
  lines.push(
    `${plural(applied.length, 'applied migration')}, ${number(pending.length)} pending, ${number(unknown.length)} unknown (applied here, absent from the folder).`,
    '',
  );
  const rows = [
    ...applied.map((migration) => [code(migration.name), migration.editedSinceApplied ? 'applied, **file edited since**' : 'applied', migration.appliedAt ?? '']),
    ...pending.map((name) => [code(name), '**pending**', '']),
    ...unknown.map((migration) => [code(migration.name), '**unknown**', migration.appliedAt ?? '']),
  ];
  if (rows.length) lines.push(table(['Migration', 'Status', 'Applied at'], rows), '');
  for (const series of otherSeries) {
    lines.push(
      `Another migration series is recorded in \`drizzle.${series.table}\` (${plural(series.migrations, 'migration')}): ` +
        'its changes are not part of the expected side, and show as drift below.',
      '',
    );
  }
  return lines;
}

function differencesTable(differences: Difference[]): string[] {
  const rows = differences.map((difference) => [
    `**${difference.status}**`,
    difference.kind,
    code(difference.name) + along(difference),
    cell(difference.expected),
    cell(difference.actual),
  ]);
  const sqlBlock = (text: string | undefined) => ['```sql', (text ?? '').trimEnd(), '```', ''];
  const details = differences
    .filter((difference) => difference.status === 'different' && `${difference.expected}${difference.actual}`.replaceAll(/\s+/g, ' ').length > 150)
    .flatMap((difference) => [
      `#### ${difference.kind} ${code(difference.name)}`,
      '',
      'The migrations build:',
      '',
      ...sqlBlock(difference.expected),
      'The database has:',
      '',
      ...sqlBlock(difference.actual),
    ]);
  return [
    table(['Status', 'Kind', 'Object', 'The migrations build', 'The database has'], rows),
    '',
    ...(details.length ? ['### Definitions that differ, in full', '', ...details] : []),
  ];
}

function driftSection(report: DoctorReport): string[] {
  const { tallies, differences } = report.comparison;
  const lines = [
    '## 2. Drift from what the migrations build',
    '',
    `Compared schemas (those the migrations create): ${codes(report.schemas)}. The expected side was built on ${report.expectedBuiltOn}.`,
  ];
  if (report.otherSchemas.length) lines.push(`Not compared (the migrations do not create them): ${codes(report.otherSchemas)}.`);
  const tallyRows = tallies.map((tally) => [tally.kind, ...[tally.expected, tally.identical, tally.missing, tally.different, tally.extra].map(number)]);
  lines.push('', table(['Kind', 'Expected', 'Identical', 'Missing', 'Different', 'Extra'], tallyRows), '');
  if (!differences.length) return [...lines, 'No drift: every object the migrations build is here as they build it, and nothing else is.', ''];
  return [...lines, ...differencesTable(differences)];
}

function rowsSection(report: DoctorReport): string[] {
  const active = report.rowCounts.filter((row) => row.rows > 0).length;
  return [
    '## 3. Row counts',
    '',
    `${plural(report.rowCounts.length, 'table')}: ${number(active)} active (with rows), ${number(report.rowCounts.length - active)} dormant (empty). Exact counts (count(*)).`,
    '',
    table(['Table', 'Rows', 'State'], report.rowCounts.map((row) => [code(row.table), number(row.rows), row.rows > 0 ? 'active' : 'dormant'])),
    '',
  ];
}

function foreignKeysSection(report: DoctorReport): string[] {
  const keys = report.unindexedForeignKeys;
  const lines = ['## 4. Unindexed foreign keys', ''];
  if (!keys.length) return [...lines, 'Every foreign key’s columns lead an index of its table.', ''];
  return [
    ...lines,
    `${plural(keys.length, 'foreign key')} whose columns lead no (non-partial) index: deleting or updating a referenced row scans the whole referencing table.`,
    '',
    table(['Table', 'Constraint', 'Columns', 'References'], keys.map((key) => [key.table, key.constraint, key.columns, key.references].map(code))),
    '',
  ];
}

function securitySection(report: DoctorReport): string[] {
  const lines = ['## 5. Row level security', ''];
  if (!report.rowLevelSecurity.length) return [...lines, 'Row level security is on exactly where the migrations turn it on.', ''];
  const rows = report.rowLevelSecurity.map((difference) => [
    code(difference.name),
    difference.expected ?? 'off',
    difference.status === 'missing' ? '**off**' : (difference.actual ?? 'off'),
  ]);
  return [...lines, table(['Table', 'The migrations set', 'The database has'], rows), ''];
}

function scansSection(report: DoctorReport): string[] {
  const { statsReset, hotSpots } = report.scans;
  const since = statsReset ? `since the statistics were last reset (${statsReset})` : 'since the statistics began (never reset)';
  const lines = [
    '## 6. Sequential-scan hot spots',
    '',
    `From pg_stat_user_tables: counters are cumulative ${since}, and lag a moment behind the latest statements. ` +
      'The doctor’s own row counts (section 3) add one sequential scan per table to the next report.',
    '',
  ];
  if (!hotSpots.length) return [...lines, 'No sequential scan has read a row in that time.', ''];
  const rows = hotSpots.map((spot) => [
    code(spot.table),
    number(spot.seqScan),
    number(spot.seqTupRead),
    number(spot.seqTupRead / spot.seqScan),
    number(spot.idxScan),
    `${Math.round((100 * spot.seqScan) / (spot.seqScan + spot.idxScan))}%`,
    number(spot.liveRows),
  ]);
  const header = ['Table', 'Seq scans', 'Rows read by seq scans', 'Rows per seq scan', 'Index scans', 'Seq share of scans', 'Live rows'];
  return [...lines, table(header, rows), ''];
}

export function renderMarkdown(report: DoctorReport): string {
  const header = [
    `# Database health: ${report.database}`,
    '',
    `- Database: ${report.target} (${shortVersion(report.version)})`,
    `- Written: ${report.generatedAt.toISOString()} in ${seconds(report.timings.totalMs)} (expected side ${seconds(report.timings.expectedMs)})`,
    `- Verdict: ${report.drift ? '**drift**: the database is not what its migrations build' : '**no drift**'}`,
    '',
    ...report.warnings.flatMap((warning) => [`> **Warning:** ${warning}`, '']),
  ];
  const sections = [migrationsSection, driftSection, rowsSection, foreignKeysSection, securitySection, scansSection].flatMap((section) => section(report));
  return `${[...header, ...sections].join('\n').trimEnd()}\n`;
}

/** A few lines for the terminal: the verdict, one line per section, and the first differences. */
export function renderSummary(report: DoctorReport): string {
  const { applied, pending, unknown } = report.migrations;
  const { differences } = report.comparison;
  const active = report.rowCounts.filter((row) => row.rows > 0).length;
  const [hottest] = report.scans.hotSpots;
  const firstDifferences = differences.slice(0, 5).map((difference) => `${difference.status} ${difference.kind} ${difference.name}${along(difference)}`);
  if (differences.length > 5) firstDifferences.push(`… ${differences.length - 5} more in the report`);
  const security = report.rowLevelSecurity.map((difference) => difference.name);
  const scans = hottest
    ? `busiest ${hottest.table}: ${plural(hottest.seqScan, 'scan')}, ${plural(hottest.seqTupRead, 'row')} read`
    : 'no rows read by sequential scans';
  return [
    `${report.database} (${report.target}, ${shortVersion(report.version)}): ${report.drift ? 'DRIFT' : 'no drift'}`,
    ...report.warnings.map((warning) => `  warning: ${warning}`),
    `  migrations    ${number(applied.length)} applied, ${number(pending.length)} pending, ${number(unknown.length)} unknown`,
    `  schema        ${plural(total(report, 'expected'), 'object')} expected in ${report.schemas.join(', ')}: ` +
      `${number(total(report, 'missing'))} missing, ${number(total(report, 'different'))} different, ${number(total(report, 'extra'))} extra`,
    ...firstDifferences.map((line) => `                ${line}`),
    `  rls           ${security.length ? `${plural(security.length, 'table')} not as the migrations set it: ${security.join(', ')}` : 'as the migrations set it'}`,
    `  rows          ${plural(report.rowCounts.length, 'table')}: ${number(active)} active, ${number(report.rowCounts.length - active)} dormant`,
    `  foreign keys  ${number(report.unindexedForeignKeys.length)} without an index`,
    `  seq scans     ${scans} (since ${report.scans.statsReset ?? 'statistics began'})`,
    `  time          ${seconds(report.timings.totalMs)} (expected side on ${report.expectedBuiltOn}: ${seconds(report.timings.expectedMs)})`,
  ].join('\n');
}
