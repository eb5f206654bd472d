import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { openBenchDatabase } from './bench-database';
import { buildIfNeeded } from './build';
import { describeData } from './describe-data';
import { describeMachine } from './machine';
import { countStatements, post, runLoad } from './load';
import { markdownReport, type BenchRun, type ScenarioResult } from './report';
import { DIRECTORY_PAGE_SIZE, SCENARIOS, SERVERS, type Scenario, type ScenarioParams, type ServerName } from './scenarios';
import { runScale, SCALE_SCENARIOS, SCALE_SERVERS, SCALE_SIZES } from './scale';
import { PROJECT_ROOT, startServer, type ServerProcess } from './server-process';

/**
 * npm run bench [-- --duration 10 --warmup 3 --connections 10 --servers maillage,postgraphile,floor --scenarios directory,…]
 * Starts each server in turn on the benchmark database (see bench:data), drives it over the
 * scenarios, counts its SQL statements, and writes bench/results/latest.{json,md}.
 * npm run bench -- --scale [--sizes 1000,10000,100000,300000]: the scale curve instead (bench/scale.ts),
 * 8 s measured after 2 s of warm-up, Maillage and PostGraphile, directory and calendar unless told.
 */
const PORTS: Record<ServerName, number> = { maillage: 4101, postgraphile: 4102, floor: 4103 };

function directoryAtPageSize(scenario: Scenario, server: ServerName, params: ScenarioParams, size: number) {
  return scenario
    .requests(server, params)
    .map((r) => ({ ...r, body: r.body.replace(`"first":${DIRECTORY_PAGE_SIZE}`, `"first":${size}`) }));
}

interface Options {
  connections: number;
  duration: number;
  warmup: number;
}

async function benchScenario(
  server: ServerProcess,
  scenario: Scenario,
  params: ScenarioParams,
  databaseUrl: string,
  countsStatements: boolean,
  options: Options,
  reference: Map<string, unknown>,
): Promise<ScenarioResult> {
  const requests = scenario.requests(server.name, params);
  const fingerprints = [];
  for (const request of requests) fingerprints.push(scenario.fingerprint(server.name, await post(server.url, request)));
  if (server.name === 'maillage') reference.set(scenario.name, fingerprints);
  const expected = reference.get(scenario.name);
  const sameResultsAsMaillage =
    server.name === 'maillage' || expected === undefined ? null : isDeepStrictEqual(expected, fingerprints);
  if (sameResultsAsMaillage === false) console.warn(`  ${server.name} ${scenario.name}: results differ from Maillage's`);

  await runLoad(server.url, requests, options.connections, options.warmup);
  let peakRssDuringMb = server.rss();
  const sampler = setInterval(() => (peakRssDuringMb = Math.max(peakRssDuringMb, server.rss())), 100);
  const load = await runLoad(server.url, requests, options.connections, options.duration).finally(() => clearInterval(sampler));

  const statements = countsStatements ? await countStatements(databaseUrl, server.url, requests) : null;
  let statementsByPageSize: Record<string, number> | undefined;
  if (countsStatements && scenario.name === 'directory') {
    statementsByPageSize = {};
    for (const size of [5, DIRECTORY_PAGE_SIZE, 100]) {
      statementsByPageSize[size] = (
        await countStatements(databaseUrl, server.url, directoryAtPageSize(scenario, server.name, params, size), 5)
      ).perRequest;
    }
  }
  console.info(
    `  ${scenario.name.padEnd(20)} ${server.name.padEnd(13)} ${load.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${load.latencyMs.p50.toFixed(1)} ms  p95 ${load.latencyMs.p95.toFixed(1)} ms  p99 ${load.latencyMs.p99.toFixed(1)} ms  errors ${load.errors}  SQL/req ${statements?.perRequest.toFixed(1) ?? '–'}  RSS ${peakRssDuringMb.toFixed(0)} MB`,
  );
  return {
    server: server.name,
    scenario: scenario.name,
    title: scenario.title,
    load,
    statements,
    statementsByPageSize,
    peakRssDuringMb,
    sameResultsAsMaillage,
  };
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string', default: '10' },
      servers: { type: 'string' },
      scenarios: { type: 'string' },
      output: { type: 'string', default: path.join(PROJECT_ROOT, 'bench', 'results') },
      scale: { type: 'boolean', default: false },
      sizes: { type: 'string', default: SCALE_SIZES.join(',') },
    },
  });
  const scale = values.scale;
  const scenarios = (values.scenarios ?? (scale ? SCALE_SCENARIOS : SCENARIOS.map((s) => s.name)).join(',')).split(',');
  return {
    scale,
    sizes: values.sizes.split(',').map(Number),
    duration: Number(values.duration ?? (scale ? 8 : 10)),
    warmup: Number(values.warmup ?? (scale ? 2 : 3)),
    connections: Number(values.connections),
    servers: (values.servers ?? (scale ? SCALE_SERVERS : SERVERS).join(',')).split(',') as ServerName[],
    scenarios: SCENARIOS.filter((s) => scenarios.includes(s.name)),
    output: values.output,
  };
}

async function main() {
  const options = parseOptions();
  buildIfNeeded();
  if (options.scale) return runScale(options);
  const database = await openBenchDatabase();
  try {
    if (!database.countsStatements)
      console.warn('pg_stat_statements is not loaded on this server: SQL statements will not be counted.');
    const { params, data, postgres } = await describeData(database.url);
    const machine = await describeMachine(postgres);
    console.info(
      `Data: ${Object.entries(data)
        .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
        .join(', ')}`,
    );
    const run: BenchRun = {
      date: new Date().toISOString(),
      machine,
      data,
      settings: { connections: options.connections, durationSeconds: options.duration, warmupSeconds: options.warmup },
      results: [],
      peakRssMb: {},
    };
    const reference = new Map<string, unknown>();
    // Every server started once, then each scenario measured on all of them in turn (one alone at
    // a time, the others idle), the order reversed every other scenario: a machine whose speed
    // drifts during the run (other tenants, frequency, caches) tilts no server's figures.
    const servers: ServerProcess[] = [];
    try {
      for (const name of options.servers) servers.push(await startServer(name, database.url, PORTS[name]));
      for (const [index, scenario] of options.scenarios.entries()) {
        const maillage = servers.find((s) => s.name === 'maillage');
        if (maillage) {
          const fingerprints = [];
          for (const request of scenario.requests('maillage', params))
            fingerprints.push(scenario.fingerprint('maillage', await post(maillage.url, request)));
          reference.set(scenario.name, fingerprints);
        }
        const order = index % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) {
          run.results.push(
            await benchScenario(server, scenario, params, database.url, database.countsStatements, options, reference),
          );
        }
      }
      for (const server of servers) run.peakRssMb[server.name] = server.peakRss();
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
    const report = markdownReport(run);
    fs.mkdirSync(options.output, { recursive: true });
    fs.writeFileSync(path.join(options.output, 'latest.json'), `${JSON.stringify({ ...run, params }, null, 2)}\n`);
    fs.writeFileSync(path.join(options.output, 'latest.md'), report);
    console.info(`\n${report}\nWritten to ${path.relative(process.cwd(), options.output)}/latest.{json,md}`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
