import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './server-process';

function newest(folder: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(file));
    else if (/\.(ts|sql|json)$/.test(entry.name)) latest = Math.max(latest, fs.statSync(file).mtimeMs);
  }
  return latest;
}

function builtAt(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function tsc(project: string) {
  console.info(`Building (tsc -p ${project})…`);
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

/** Compiles the server and the benchmark's own servers when their sources changed since the last build. */
export function buildIfNeeded(): void {
  const at = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);
  const sources = Math.max(newest(at('server', 'src')), newest(at('migrations')));
  if (builtAt(at('dist', 'server', 'src', 'main.js')) < sources) tsc('tsconfig.build.json');
  const benchSources = newest(at('bench', 'servers'));
  if (
    Math.min(builtAt(at('dist', 'bench', 'servers', 'floor.js')), builtAt(at('dist', 'bench', 'servers', 'postgraphile.js'))) <
    benchSources
  ) {
    tsc('bench/tsconfig.json');
  }
}
