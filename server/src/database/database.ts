import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { Territory } from '../directory/territory.entity';
import { seedDemoData } from '../seed/demo-seed';
import { logger } from '../shared/logger';
import { chooseDataFolder, startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig, type OrmOptions } from './orm-config';

export interface Database {
  orm: MikroORM;
  url: string;
  close: () => Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset. */
export async function openDatabase(config: Config, options: OrmOptions = {}): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const embedded = await startEmbeddedPostgres(chooseDataFolder(config.dataDir), config.embeddedPgPort);
    stopEmbedded = embedded.stop;
    await embedded.createDatabase('maillage');
    url = embedded.url('maillage');
  }
  const orm = await MikroORM.init(ormConfig(url, options));
  return {
    orm,
    url,
    close: async () => {
      await orm.close(true);
      await stopEmbedded?.();
    },
  };
}

export async function migrate(orm: MikroORM): Promise<void> {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  if (pending.length === 0) return logger.info('Database schema is up to date');
  logger.info(`Applying ${pending.length} migration(s): ${pending.map((m) => m.name).join(', ')}`);
  await migrator.up();
}

/** Seeds the CTG demo territory into an empty database; never touches one that holds data. */
export async function seedIfEmpty(orm: MikroORM): Promise<boolean> {
  const em = orm.em.fork();
  if ((await em.count(Territory)) > 0) return false;
  logger.info('Empty database: loading the CTG demo data');
  await seedDemoData(em);
  return true;
}
