import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RANDOM_PAGE_COST } from '../server/src/database/orm-config';
import type { ServerName } from './scenarios';

export const PROJECT_ROOT = path.resolve(__dirname, '..');

const ENTRY_POINTS: Record<ServerName, string> = {
  maillage: 'dist/server/src/main.js',
  postgraphile: 'dist/bench/servers/postgraphile.js',
  floor: 'dist/bench/servers/floor.js',
};

/**
 * Node flags Maillage runs with: those of `npm start` (package.json), so that the benchmark
 * measures the server as deployed — e.g. its heap cap, which keeps its memory near what it uses.
 */
function startFlags(name: ServerName): string[] {
  if (name !== 'maillage') return [];
  const start = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.start as string;
  return /\bnode ((?:--\S+ )*)dist\/server/.exec(start)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
}

export interface ServerProcess {
  name: ServerName;
  url: string;
  pid: number;
  /** Resident memory now, in MB (VmRSS). */
  rss: () => number;
  /** Peak resident memory since the process started, in MB (VmHWM). */
  peakRss: () => number;
  stop: () => Promise<void>;
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer within 90 s:\n${output()}`);
}

/** One server under test, in a process of its own (so its memory is its own), in production mode. */
export async function startServer(
  name: ServerName,
  databaseUrl: string,
  port: number,
  nodeOptions: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...startFlags(name), ...nodeOptions, ENTRY_POINTS[name]], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // Maillage's pool prices index probes for memory/SSD (orm-config.ts); the others' pools get the same costs.
      ...(name === 'maillage' ? {} : { PGOPTIONS: `-c random_page_cost=${RANDOM_PAGE_COST}` }),
      // No background jobs: their polling of the queue would count among the requests' statements.
      WORKERS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-10_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, child, () => output);
  const pid = child.pid!;
  return {
    name,
    url,
    pid,
    rss: () => statusField(pid, 'VmRSS'),
    peakRss: () => statusField(pid, 'VmHWM'),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
