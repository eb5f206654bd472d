import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openBenchDatabase } from './bench-database';
import { buildIfNeeded } from './build';
import { describeData } from './describe-data';
import { runLoad } from './load';
import { SCENARIOS, type ServerName } from './scenarios';
import { startServer } from './server-process';

/**
 * npm run bench:profile [-- --scenarios directory,network --duration 10 --server maillage|postgraphile|floor]
 * Where Maillage's CPU time goes: each scenario drives a server started with `node --cpu-prof`,
 * and the profile's samples are summed by what ran them (GraphQL execution, Apollo, the ORM, the
 * PostgreSQL driver, garbage collection, …), in milliseconds per request.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sampled function comes from, by its file. */
const CATEGORIES: Array<[string, (url: string, name: string) => boolean]> = [
  ['garbage collection', (_, name) => name === '(garbage collector)'],
  ['idle (waiting for I/O)', (_, name) => name === '(idle)'],
  ['graphql-js (execution, validation)', (url) => url.includes('/node_modules/graphql/')],
  ['type-graphql', (url) => url.includes('/node_modules/type-graphql/')],
  ['Apollo Server', (url) => url.includes('/node_modules/@apollo/') || url.includes('/@as-integrations/')],
  ['graphql-armor, envelop', (url) => url.includes('/@escape.tech/') || url.includes('/@envelop/')],
  ['MikroORM', (url) => url.includes('/@mikro-orm/')],
  ['knex', (url) => url.includes('/node_modules/knex/')],
  [
    'pg driver (protocol, parsing rows)',
    (url) => /\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+)\//.test(url),
  ],
  [
    'HTTP (express, body parsing, headers)',
    (url) =>
      /\/node_modules\/(express|body-parser|router|helmet|cookie-parser|cookie|send|finalhandler|raw-body|type-is|on-finished|qs|iconv-lite|negotiator|accepts|content-type)\//.test(
        url,
      ),
  ],
  ['Maillage code', (url) => url.includes('/dist/server/')],
  ['other npm packages', (url) => url.includes('/node_modules/')],
  ['Node itself (JSON, streams, sockets, timers)', (url) => url.startsWith('node:') || url === ''],
];

/** Samples from the first request on: the server's start (loading modules, building the schema) is left out. */
function servingSamples(profile: CpuProfile): Array<[number, number]> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // The first request: graphql-js executing an operation (Maillage, PostGraphile) or pg reading a row (the floor).
  const serving = (id: number) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    return (
      (functionName === 'executeOperation' && url.includes('/graphql/execution/')) ||
      (functionName === 'parseRow' && url.includes('/pg/lib/'))
    );
  };
  const first = profile.samples.findIndex(serving);
  return profile.samples.map((id, index): [number, number] => [id, profile.timeDeltas[index] ?? 0]).slice(Math.max(0, first));
}

function categorise(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  servingSamples(profile).forEach(([id, delta]) => {
    const { url, functionName } = byId.get(id)!.callFrame;
    const category = CATEGORIES.find(([, test]) => test(url, functionName))?.[0] ?? 'other';
    totals.set(category, (totals.get(category) ?? 0) + delta / 1000);
  });
  return totals;
}

/** The heaviest functions by self time, to say what inside a category costs. */
function topFunctions(profile: CpuProfile, count: number): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  servingSamples(profile).forEach(([id, delta]) => {
    const { url, functionName } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    const where = url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
    const key = `${functionName || '(anonymous)'} ${where}`;
    totals.set(key, (totals.get(key) ?? 0) + delta / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

interface HeapNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per request (objects since collected included), by category and by function. */
function printAllocations(file: string, served: number, count: number) {
  const { head } = JSON.parse(fs.readFileSync(file, 'utf8')) as { head: HeapNode };
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const walk = (node: HeapNode) => {
    const { url, functionName } = node.callFrame;
    const category = CATEGORIES.find(([, test]) => test(url, functionName))?.[0] ?? 'other';
    byCategory.set(category, (byCategory.get(category) ?? 0) + node.selfSize);
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    node.children.forEach(walk);
  };
  walk(head);
  const total = [...byCategory.values()].reduce((a, b) => a + b, 0);
  console.info(`  allocated: ${(total / served / 1024).toFixed(0)} KB per request (start-up included), by what allocated it:`);
  for (const [category, bytes] of [...byCategory].sort((a, b) => b[1] - a[1]).filter(([, b]) => b > 0)) {
    console.info(`  ${(bytes / served / 1024).toFixed(1).padStart(7)} KB  ${category}`);
  }
  console.info('  allocating functions (KB per request):');
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.info(`  ${(bytes / served / 1024).toFixed(1).padStart(7)} KB  ${name}`);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      scenarios: { type: 'string', default: SCENARIOS.map((s) => s.name).join(',') },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      top: { type: 'string', default: '12' },
      server: { type: 'string', default: 'maillage' },
      heap: { type: 'boolean', default: false },
    },
  });
  buildIfNeeded();
  const database = await openBenchDatabase();
  try {
    const { params } = await describeData(database.url);
    for (const scenario of SCENARIOS.filter((s) => values.scenarios.split(',').includes(s.name))) {
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), `maillage-profile-${scenario.name}-`));
      const name = values.server as ServerName;
      const heapFile = path.join(directory, 'allocations.heapprofile');
      // Maillage samples its own heap when asked (server/src/diagnostics/heap-sampling.ts).
      if (values.heap) process.env.HEAP_PROFILE_FILE = heapFile;
      const server = await startServer(name, database.url, 4109, ['--cpu-prof', `--cpu-prof-dir=${directory}`]);
      delete process.env.HEAP_PROFILE_FILE;
      const requests = scenario.requests(name, params);
      let load;
      try {
        await runLoad(server.url, requests, Number(values.connections), 3);
        load = await runLoad(server.url, requests, Number(values.connections), Number(values.duration));
      } finally {
        await server.stop();
      }
      const file = fs.readdirSync(directory).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error(`No profile written in ${directory}`);
      const profile = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as CpuProfile;
      // The warm-up's requests are in the profile too.
      const served = load.requests + Math.round(load.requestsPerSecond * 3);
      const totals = categorise(profile);
      const busy = [...totals].filter(([category]) => !category.startsWith('idle')).reduce((sum, [, ms]) => sum + ms, 0);
      console.info(
        `\n${scenario.name}: ${load.requestsPerSecond.toFixed(1)} req/s, CPU ${(busy / served).toFixed(2)} ms per request (profile: ${path.join(directory, file)})`,
      );
      for (const [category, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
        if (category.startsWith('idle')) continue;
        console.info(
          `  ${(ms / served).toFixed(3).padStart(7)} ms  ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${category}`,
        );
      }
      if (values.heap && fs.existsSync(heapFile)) printAllocations(heapFile, served, Number(values.top));
      console.info('  heaviest functions (self time, ms per request):');
      for (const [name, ms] of topFunctions(profile, Number(values.top))) {
        console.info(`  ${(ms / served).toFixed(3).padStart(7)} ms  ${name}`);
      }
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
