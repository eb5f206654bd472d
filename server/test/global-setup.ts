import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { MikroORM, type MigrationObject } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { ormConfig } from '../src/database/orm-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { startJobRunner } from '../src/jobs/job-runner';
import { createMailer } from '../src/mail/mailer';
import { seedDemoData } from '../src/seed/demo-seed';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The migrator require()s files itself, which bypasses Vitest's TypeScript transform: hand them over. */
async function migrationsList(): Promise<MigrationObject[]> {
  const folder = path.resolve(__dirname, '..', '..', 'migrations');
  const files = fs
    .readdirSync(folder)
    .filter((file) => /^Migration\d+\.ts$/.test(file))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const module = await import(path.join(folder, file));
      return { name: file.replace(/\.ts$/, ''), class: Object.values(module)[0] as MigrationObject['class'] };
    }),
  );
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
  const orm = await MikroORM.init(ormConfig(url, { migrationsList: await migrationsList() }));
  await orm.getMigrator().up();
  // The job queues exist before any test server queues a job, as `npm start` makes sure at boot.
  const queues = await startJobRunner({
    orm,
    workers: false,
    mailer: createMailer({ from: 'tests@maillage.test' }),
    publicUrl: 'http://maillage.test',
  });
  await queues.stop();
  await seedDemoData(orm.em.fork());
  await orm.close();
  project.provide('databaseUrl', url);
}

export async function teardown() {
  await stop?.();
}
