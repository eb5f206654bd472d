import path from 'node:path';
import { DataloaderType, defineConfig, type MigrationObject } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';

const projectRoot = path.resolve(__dirname, '..', '..', '..', __filename.endsWith('.ts') ? '' : '..');
const runningTypeScript = __filename.endsWith('.ts');

export interface OrmOptions {
  /** Log every SQL statement through this function (tests count them). */
  onQuery?: (sql: string) => void;
  /** Migrations handed over explicitly (Vitest cannot let the migrator require() .ts files). */
  migrationsList?: MigrationObject[];
  poolMax?: number;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // Batches Reference.load() and Collection.load() within one request's fork: no N+1.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : undefined,
    colors: false,
    preferTs: runningTypeScript,
    migrations: {
      path: path.join(projectRoot, 'dist', 'migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: '!(*.d).{js,ts}',
      snapshotName: '.snapshot-maillage',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      migrationsList: options.migrationsList,
    },
  });
}
