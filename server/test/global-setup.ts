import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { ormConfig } from '../src/database/orm-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { freePort, prepareDatabase } from './prepare-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let stop: (() => Promise<void>) | undefined;

/** One fresh database per run: the embedded PostgreSQL in a temporary folder, or TEST_DATABASE_URL's server. */
export async function setup(project: TestProject) {
  let url: string;
  const external = process.env.TEST_DATABASE_URL;
  const database = `maillage_test_${process.pid}`;
  if (external) {
    const admin = await MikroORM.init(ormConfig(external));
    await admin.em.getConnection().execute(`drop database if exists "${database}"`);
    await admin.em.getConnection().execute(`create database "${database}"`);
    await admin.close();
    const parsed = new URL(external);
    parsed.pathname = `/${database}`;
    url = parsed.toString();
  } else {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
    fs.chmodSync(folder, 0o755);
    const embedded = await startEmbeddedPostgres(folder, await freePort());
    await embedded.createDatabase(database);
    url = embedded.url(database);
    stop = async () => {
      await embedded.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    };
  }
  await prepareDatabase(url);
  project.provide('databaseUrl', url);
}

export async function teardown() {
  await stop?.();
}
