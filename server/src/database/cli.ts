import 'reflect-metadata';
import { loadConfig } from '../config';
import { seedDemoData } from '../seed/demo-seed';
import { logger } from '../shared/logger';
import { migrate, openDatabase, seedIfEmpty } from './database';

/**
 * npm run db:migrate | db:seed | db:migration:create — against DATABASE_URL or the embedded
 * PostgreSQL, exactly as `npm start` would reach it.
 */
async function run(command: string | undefined) {
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
    } else throw new Error(`Unknown command "${command}" (migrate, seed, reseed, create-migration)`);
  } finally {
    await database.close();
  }
}

run(process.argv[2]).catch((error) => {
  logger.fatal({ err: error });
  process.exit(1);
});
