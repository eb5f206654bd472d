import type { MachineDescription } from './machine';
import type { LoadResult, StatementCount } from './load';
import type { ServerName } from './scenarios';

export interface ScenarioResult {
  server: ServerName;
  scenario: string;
  title: string;
  load: LoadResult;
  statements: StatementCount | null;
  /** SQL statements per request at other page sizes (directory only). */
  statementsByPageSize?: Record<string, number>;
  peakRssDuringMb: number;
  sameResultsAsMaillage: boolean | null;
}

export interface BenchRun {
  date: string;
  machine: MachineDescription;
  data: Record<string, number>;
  settings: { connections: number; durationSeconds: number; warmupSeconds: number };
  results: ScenarioResult[];
  peakRssMb: Partial<Record<ServerName, number>>;
}

const SERVER_LABELS: Record<ServerName, string> = {
  maillage: 'Maillage',
  postgraphile: 'PostGraphile 4.14',
  floor: 'floor (1 SQL)',
};
const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');

function find(run: BenchRun, server: ServerName, scenario: string) {
  return run.results.find((r) => r.server === server && r.scenario === scenario);
}

const mark = (ok: boolean | null) => (ok === null ? '?' : ok ? '✅' : '❌');

/** Per scenario: at least PostGraphile's throughput, at most its p95, at most 4 statements per request. */
function scenarioGoals(run: BenchRun, scenario: string): string {
  const m = find(run, 'maillage', scenario);
  const p = find(run, 'postgraphile', scenario);
  const throughput = m && p ? m.load.requestsPerSecond >= p.load.requestsPerSecond : null;
  const p95 = m && p ? m.load.latencyMs.p95 <= p.load.latencyMs.p95 : null;
  const statements = m?.statements ? m.statements.perRequest <= 4 : null;
  return [
    `- ${scenario}: ${mark(throughput)} at least PostGraphile's throughput (${fixed(m?.load.requestsPerSecond ?? NaN)} vs ${fixed(p?.load.requestsPerSecond ?? NaN)} req/s)`,
    `${mark(p95)} p95 at most its own (${fixed(m?.load.latencyMs.p95 ?? NaN)} vs ${fixed(p?.load.latencyMs.p95 ?? NaN)} ms)`,
    `${mark(statements)} ≤ 4 SQL statements per request (${m?.statements ? fixed(m.statements.perRequest) : '–'})`,
  ].join(' · ');
}

function goals(run: BenchRun): string[] {
  const directory = find(run, 'maillage', 'directory');
  const floorDirectory = find(run, 'floor', 'directory');
  const searches = run.results.filter((r) => r.server === 'maillage' && r.scenario.startsWith('search'));
  const statementCounts = Object.values(directory?.statementsByPageSize ?? {});
  const peak = run.peakRssMb.maillage;
  const scenarios = [...new Set(run.results.map((r) => r.scenario))];
  const floorShare =
    directory && floorDirectory ? directory.load.requestsPerSecond / floorDirectory.load.requestsPerSecond : null;
  return [
    ...scenarios.map((scenario) => scenarioGoals(run, scenario)),
    `- ${mark(floorShare === null ? null : floorShare >= 0.5)} directory page at ≥ 0.5× the floor's throughput: ${floorShare === null ? '–' : `${floorShare.toFixed(2)}×`} (${fixed(directory?.load.requestsPerSecond ?? NaN)} vs ${fixed(floorDirectory?.load.requestsPerSecond ?? NaN)} req/s)`,
    `- ${mark(statementCounts.length ? Math.max(...statementCounts) <= 4 : null)} at most 4 SQL statements per request whatever the page size: directory page ${
      Object.entries(directory?.statementsByPageSize ?? {})
        .map(([size, n]) => `${fixed(n)} at ${size}`)
        .join(', ') || 'not counted'
    }`,
    `- ${mark(searches.length ? searches.every((s) => s.load.latencyMs.p95 < 50) : null)} search p95 under 50 ms at ${run.settings.connections} connections: ${searches.map((s) => `${fixed(s.load.latencyMs.p95)} ms (${s.scenario})`).join(', ')}`,
    `- ${mark(peak === undefined ? null : peak < 300)} server memory under 300 MB: peak RSS ${fixed(peak ?? NaN, 0)} MB`,
  ];
}

export function markdownReport(run: BenchRun): string {
  const servers = (['maillage', 'postgraphile', 'floor'] as ServerName[]).filter((s) => run.results.some((r) => r.server === s));
  const scenarios = [...new Set(run.results.map((r) => r.scenario))];
  const lines = [
    `Run ${run.date} on ${run.machine.cpus} × ${run.machine.cpuModel}, ${run.machine.memoryGb} GB, Node ${run.machine.node}, ${run.machine.postgres}; the machine was ${Math.round(run.machine.busyBeforeRun * 100)} % busy just before.`,
    `Data: ${Object.entries(run.data)
      .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
      .join(', ')}.`,
    `Load: autocannon, ${run.settings.connections} connections, ${run.settings.durationSeconds} s per scenario after a ${run.settings.warmupSeconds} s warm-up; each scenario measured on every server in turn (one loaded at a time, the others idle), the order reversed every other scenario.`,
    "SQL/req: statements PostgreSQL executed per request (pg_stat_statements over 20 sequential requests, BEGIN/COMMIT included). Peak RSS: the highest VmRSS sampled during the scenario. Same rows: the organisations, services, communes served, networks and members listed — for the calendar, the meetings with their networks and answer counts; for the agenda, the items in order with their outcome, opinion, proposer, presenter and structure; for the trainings, each in order with its seats, waitlist, networks, organiser and sessions — equal Maillage's.",
    '',
    '| scenario | server | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | peak RSS MB | same rows |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ];
  for (const scenario of scenarios) {
    for (const server of servers) {
      const r = find(run, server, scenario);
      if (!r) continue;
      const same = r.sameResultsAsMaillage === null ? '' : r.sameResultsAsMaillage ? 'yes' : '**no**';
      lines.push(
        `| ${scenario} | ${SERVER_LABELS[server]} | ${fixed(r.load.requestsPerSecond)} | ${fixed(r.load.latencyMs.p50)} | ${fixed(r.load.latencyMs.p95)} | ${fixed(r.load.latencyMs.p99)} | ${r.load.errors} | ${r.statements ? fixed(r.statements.perRequest) : '–'} | ${fixed(r.peakRssDuringMb, 0)} | ${same} |`,
      );
    }
  }
  lines.push(
    '',
    '| scenario | req/s Maillage / PostGraphile | req/s Maillage / floor | p95 Maillage / PostGraphile | p95 Maillage / floor |',
    '|---|---:|---:|---:|---:|',
  );
  for (const scenario of scenarios) {
    const [m, p, f] = (['maillage', 'postgraphile', 'floor'] as ServerName[]).map((s) => find(run, s, scenario));
    lines.push(
      `| ${scenario} | ${ratio(m?.load.requestsPerSecond, p?.load.requestsPerSecond)} | ${ratio(m?.load.requestsPerSecond, f?.load.requestsPerSecond)} | ${ratio(m?.load.latencyMs.p95, p?.load.latencyMs.p95)} | ${ratio(m?.load.latencyMs.p95, f?.load.latencyMs.p95)} |`,
    );
  }
  lines.push(
    '',
    `Peak RSS over the whole run (VmHWM): ${servers.map((s) => `${SERVER_LABELS[s]} ${fixed(run.peakRssMb[s] ?? NaN, 0)} MB`).join(', ')}.`,
    '',
    'Goals:',
    ...goals(run),
  );
  return `${lines.join('\n')}\n`;
}
