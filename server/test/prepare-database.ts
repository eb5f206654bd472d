import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { MikroORM, type MigrationObject } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/database/orm-config';
import { startJobRunner } from '../src/jobs/job-runner';
import { createMailer } from '../src/mail/mailer';
import { seedDemoData } from '../src/seed/demo-seed';

export function freePort(): Promise<number> {
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

/** Migrates an empty database, creates the job queues (as `npm start` does at boot) and seeds the demo. */
export async function prepareDatabase(url: string): Promise<void> {
  const orm = await MikroORM.init(ormConfig(url, { migrationsList: await migrationsList() }));
  await orm.getMigrator().up();
  const queues = await startJobRunner({
    orm,
    workers: false,
    mailer: createMailer({ from: 'tests@maillage.test' }),
    publicUrl: 'http://maillage.test',
  });
  await queues.stop();
  await seedDemoData(orm.em.fork());
  await orm.close();
}
