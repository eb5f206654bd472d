import type { MachineDescription } from './machine';
import type { LoadResult } from './load';
import type { ServerName } from './scenarios';

/** The scale curve's results (bench/scale.ts) as JSON and as markdown, with a bar chart in text. */
const LABELS: Record<ServerName, string> = { maillage: 'Maillage', postgraphile: 'PostGraphile', floor: 'floor' };

export interface ScalePoint {
  server: ServerName;
  scenario: string;
  load: LoadResult;
  peakRssDuringMb: number;
  sameResultsAsMaillage: boolean | null;
}

export interface ScaleSize {
  organizations: number;
  database: string;
  /** Seconds bench:data took to fill the database in this run; null when it was there already. */
  generatedSeconds: number | null;
  data: Record<string, number>;
  loadAverageBefore: number;
  results: ScalePoint[];
}

export interface ScaleRun {
  date: string;
  machine: MachineDescription;
  settings: { connections: number; durationSeconds: number; warmupSeconds: number };
  sizes: ScaleSize[];
}

const fixed = (value: number | undefined, digits = 1) =>
  value !== undefined && Number.isFinite(value) ? value.toFixed(digits) : '–';
const find = (size: ScaleSize, server: ServerName, scenario: string) =>
  size.results.find((r) => r.server === server && r.scenario === scenario);

function scenarioTable(run: ScaleRun, scenario: string): string[] {
  const servers = [...new Set(run.sizes.flatMap((s) => s.results.map((r) => r.server)))];
  const compared = servers.includes('maillage') && servers.includes('postgraphile');
  const header = ['organisations', ...servers.flatMap((s) => [`${LABELS[s]} req/s`, `${LABELS[s]} p95 ms`])];
  if (compared) header.push('req/s Maillage / PostGraphile', 'p95 Maillage / PostGraphile');
  const rows = run.sizes.map((size) => {
    const cells = [size.organizations.toLocaleString('en')];
    for (const server of servers) {
      const point = find(size, server, scenario);
      cells.push(fixed(point?.load.requestsPerSecond), fixed(point?.load.latencyMs.p95));
    }
    if (compared) {
      const [m, p] = [find(size, 'maillage', scenario)?.load, find(size, 'postgraphile', scenario)?.load];
      cells.push(m && p ? `${(m.requestsPerSecond / p.requestsPerSecond).toFixed(2)}×` : '–');
      cells.push(m && p ? `${(m.latencyMs.p95 / p.latencyMs.p95).toFixed(2)}×` : '–');
    }
    return `| ${cells.join(' | ')} |`;
  });
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|`, ...rows];
}

const BAR_WIDTH = 48;
const BAR_GLYPHS: Partial<Record<ServerName, string>> = { maillage: '█', postgraphile: '░', floor: '▒' };

/** Throughput against size as horizontal bars, on one linear scale per scenario. */
export function asciiChart(run: ScaleRun, scenario: string): string[] {
  const points = run.sizes.flatMap((size) => size.results.filter((r) => r.scenario === scenario));
  const max = Math.max(1, ...points.map((p) => p.load.requestsPerSecond));
  const servers = [...new Set(points.map((p) => p.server))];
  const labelWidth = Math.max(...run.sizes.map((s) => s.organizations.toLocaleString('en').length));
  const lines = [
    `${scenario}: req/s by number of organisations (${servers.map((s) => `${BAR_GLYPHS[s]} ${LABELS[s]}`).join(', ')})`,
  ];
  for (const size of run.sizes) {
    servers.forEach((server, i) => {
      const rate = find(size, server, scenario)?.load.requestsPerSecond ?? 0;
      const bar = (BAR_GLYPHS[server] ?? '#').repeat(Math.max(rate > 0 ? 1 : 0, Math.round((rate / max) * BAR_WIDTH)));
      const label = i === 0 ? size.organizations.toLocaleString('en') : '';
      lines.push(`${label.padStart(labelWidth)} ${bar} ${fixed(rate)}`);
    });
  }
  return lines;
}

/** How each server's throughput and p95 moved from the smallest size to the largest. */
function change(run: ScaleRun, scenario: string): string {
  const [first, last] = [run.sizes[0], run.sizes.at(-1)!];
  const servers = [...new Set(first.results.map((r) => r.server))];
  const moves = servers.map((server) => {
    const [a, b] = [find(first, server, scenario)?.load, find(last, server, scenario)?.load];
    if (!a || !b) return `${LABELS[server]} –`;
    return `${LABELS[server]} req/s ×${fixed(b.requestsPerSecond / a.requestsPerSecond, 2)}, p95 ×${fixed(b.latencyMs.p95 / a.latencyMs.p95, 2)}`;
  });
  return `From ${first.organizations.toLocaleString('en')} to ${last.organizations.toLocaleString('en')} organisations: ${moves.join('; ')}.`;
}

export function scaleReport(run: ScaleRun): string {
  const scenarios = [...new Set(run.sizes.flatMap((s) => s.results.map((r) => r.scenario)))];
  const { machine, settings } = run;
  const lines = [
    '# Scale curve',
    '',
    `${run.date}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node.slice(1)}, ${machine.postgres}; ` +
      `${Math.round(machine.busyBeforeRun * 100)} % busy just before; ${settings.connections} connections, ` +
      `${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured per server and scenario.`,
    '',
    '| organisations | database | territories | networks | services | meetings | invitations | generated in | load average before |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    ...run.sizes.map((s) => {
      const counts = ['territory', 'network', 'service', 'meeting', 'invitation'].map((t) =>
        (s.data[t] ?? 0).toLocaleString('en'),
      );
      const generated = s.generatedSeconds === null ? 'already there' : `${s.generatedSeconds} s`;
      return `| ${[s.organizations.toLocaleString('en'), s.database, ...counts, generated, s.loadAverageBefore].join(' | ')} |`;
    }),
  ];
  for (const scenario of scenarios) {
    lines.push(
      '',
      `## ${scenario}`,
      '',
      ...scenarioTable(run, scenario),
      '',
      '```',
      ...asciiChart(run, scenario),
      '```',
      '',
      change(run, scenario),
    );
  }
  const differing = run.sizes.flatMap((s) =>
    s.results.filter((r) => r.sameResultsAsMaillage === false).map((r) => `${r.server} ${r.scenario} at ${s.organizations}`),
  );
  lines.push(
    '',
    differing.length
      ? `Results differing from Maillage's: ${differing.join(', ')}.`
      : "Every server's answers equal Maillage's at every size.",
  );
  return `${lines.join('\n')}\n`;
}
