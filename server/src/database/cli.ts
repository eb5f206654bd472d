import 'reflect-metadata';
import { loadConfig } from '../config';
import { seedDemoData } from '../seed/demo-seed';
import { logger } from '../shared/logger';
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, restoreDatabase } from './backup';
import { migrate, openDatabase, seedIfEmpty } from './database';

/** `npm run db:backup [-- FILE]` / `npm run db:restore -- FILE`, with pg_dump and pg_restore. */
async function backupOrRestore(command: 'backup' | 'restore', file: string | undefined) {
  // The embedded PostgreSQL may already run under `npm start`: then only connect to it.
  const config = loadConfig();
  const database = config.databaseUrl ? null : await openDatabase(config).catch(() => null);
  const url = config.databaseUrl ?? database?.url ?? `postgres://postgres:password@127.0.0.1:${config.embeddedPgPort}/maillage`;
  try {
    if (command === 'backup') {
      const target = file ?? path.join('backups', `maillage-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      await backupDatabase(url, target);
      logger.info(
        `Backed up to ${target} (${(fs.statSync(target).size / 1024).toFixed(0)} kB); restore with npm run db:restore -- ${target}`,
      );
    } else {
      if (!file || !fs.existsSync(file))
        throw new Error('Name the backup to restore: npm run db:restore -- backups/maillage-….dump');
      await restoreDatabase(url, file);
      logger.info(`Restored ${file}: the database now holds the backup's data`);
    }
  } finally {
    await database?.close();
  }
}

/**
 * npm run db:migrate | db:seed | db:migration:create — against DATABASE_URL or the embedded
 * PostgreSQL, exactly as `npm start` would reach it.
 */
async function run(command: string | undefined) {
  if (command === 'backup' || command === 'restore') return backupOrRestore(command, process.argv[3]);
  const database = await openDatabase(loadConfig(), { snapshot: command === 'create-migration' });
  try {
    if (command === 'migrate') await migrate(database.orm);
    else if (command === 'seed') {
      await migrate(database.orm);
      if (!(await seedIfEmpty(database.orm))) logger.info('The database already holds data: nothing seeded');
    } else if (command === 'reseed') {
      await database.orm.getSchemaGenerator().clearDatabase();
      await seedDemoData(database.orm.em.fork());
    } else if (command === 'create-migration') {
      await migrate(database.orm);
      const result = await database.orm.getMigrator().createMigration(undefined, false, process.argv.includes('--initial'));
      logger.info(result.fileName ? `Wrote migrations/${result.fileName}` : 'No schema change: no migration written');
    } else throw new Error(`Unknown command "${command}" (migrate, seed, reseed, create-migration, backup, restore)`);
  } finally {
    await database.close();
  }
}

run(process.argv[2]).catch((error) => {
  logger.fatal({ err: error });
  process.exit(1);
});
