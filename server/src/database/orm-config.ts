import path from 'node:path';
import { DataloaderType, defineConfig, type MigrationObject } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities';

const projectRoot = path.resolve(__dirname, '..', '..', '..', __filename.endsWith('.ts') ? '' : '..');
const runningTypeScript = __filename.endsWith('.ts');

/** See `driverOptions` below; the benchmark gives PostGraphile and its SQL floor the same setting. */
export const RANDOM_PAGE_COST = 1.1;

export interface OrmOptions {
  /** Log every SQL statement through this function (tests count them). */
  onQuery?: (sql: string) => void;
  /** Migrations handed over explicitly (Vitest cannot let the migrator require() .ts files). */
  migrationsList?: MigrationObject[];
  poolMax?: number;
  /**
   * Keep migrations/.snapshot-maillage.json, which the migrator diffs entities against. Only the
   * migration-creating CLI wants it: otherwise every migrated database (each test run, each first
   * start) rewrites the checked-in file from its own table order.
   */
  snapshot?: boolean;
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
    // PostgreSQL's default random_page_cost (4) prices every index probe as a disk seek, so for
    // 50 structures it would rather hash the whole commune or network table (38,000 and 10,000
    // rows nationally) than look up 600 rows by key. Maillage's working set lives in memory or
    // on SSD: price it so (1.1, the usual SSD setting), for its own sessions only.
    driverOptions: { connection: { options: `-c random_page_cost=${RANDOM_PAGE_COST}` } },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : undefined,
    colors: false,
    preferTs: runningTypeScript,
    migrations: {
      path: path.join(projectRoot, 'dist', 'migrations'),
      pathTs: path.join(projectRoot, 'migrations'),
      glob: '!(*.d).{js,ts}',
      snapshot: options.snapshot ?? false,
      snapshotName: '.snapshot-maillage',
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      migrationsList: options.migrationsList,
    },
  });
}
