import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { loadConfig } from '../../server/src/config';
import { migrate, openDatabase } from '../../server/src/database/database';
import { assertNotDemoDatabase, BENCH_DATABASE, openBenchDatabase } from '../bench-database';
import { generateDirectory, ORGANIZATIONS_PER_TERRITORY } from './directory';
import { directoryTables, loadTables, loadWork } from './load-dataset';
import { generateMeetings, MEETING_TABLES } from './meetings';
import { generateTrainings, TRAINING_TABLES } from './trainings';

/**
 * npm run bench:data -- --organizations 100000 [--territories N] [--seed N] [--database maillage_bench]
 * Fills the benchmark database (never the demo one; `--database` names another one on the embedded
 * PostgreSQL, as the scale curve's sizes do — BENCH_DATABASE_URL wins when set) with a synthetic directory, two years of
 * its networks' meetings and a year of their trainings, after applying Maillage's own migrations to it.
 */
/**
 * Replicated communes take fresh five-character INSEE codes, three digits in each of 96 other
 * départements: about 96,000 communes, 3,100 territories of the Drôme's ~31. Past that the code
 * hand-out would search forever, so larger directories get denser territories instead.
 */
const MAX_TERRITORIES = 3_000;

function territoryCount(organizations: number, asked: string | undefined): number | undefined {
  const territories = asked === undefined ? Math.round(organizations / ORGANIZATIONS_PER_TERRITORY) : Number(asked);
  if (territories <= MAX_TERRITORIES) return asked === undefined ? undefined : territories;
  if (asked !== undefined) throw new Error(`--territories: at most ${MAX_TERRITORIES} (the INSEE codes the generator can give)`);
  console.info(
    `${organizations.toLocaleString('en')} organisations: ${MAX_TERRITORIES.toLocaleString('en')} territories (at most), ${Math.round(organizations / MAX_TERRITORIES)} organisations each instead of ${ORGANIZATIONS_PER_TERRITORY}`,
  );
  return MAX_TERRITORIES;
}

async function main() {
  const { values } = parseArgs({
    options: {
      organizations: { type: 'string', default: '10000' },
      territories: { type: 'string' },
      seed: { type: 'string', default: '2026' },
      database: { type: 'string', default: BENCH_DATABASE },
    },
  });
  const organizations = Number(values.organizations);
  if (!Number.isInteger(organizations) || organizations < 100) throw new Error('--organizations: a whole number, at least 100');
  const started = Date.now();
  assertNotDemoDatabase(`postgres://localhost/${encodeURIComponent(values.database)}`);
  const database = await openBenchDatabase(values.database);
  try {
    const maillage = await openDatabase(loadConfig({ ...process.env, DATABASE_URL: database.url }));
    await migrate(maillage.orm);
    await maillage.close();

    const dataset = generateDirectory({
      organizations,
      territories: territoryCount(organizations, values.territories),
      seed: Number(values.seed),
    });
    const meetings = generateMeetings(dataset, Number(values.seed));
    const trainings = generateTrainings(dataset, Number(values.seed));
    const tables = [
      ...directoryTables(dataset),
      ...MEETING_TABLES.map(({ table, columns }) => ({ table, columns, rows: meetings[table] })),
      ...TRAINING_TABLES.map(({ table, columns }) => ({ table, columns, rows: trainings[table] })),
    ];
    const generated = Date.now();
    console.info(
      `Generated in ${((generated - started) / 1000).toFixed(1)} s: ${tables.map(({ table, rows }) => `${rows.length.toLocaleString('en')} ${table}`).join(', ')}`,
    );

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const bar = new SingleBar(
      { format: 'Loading {bar} {percentage}% | {stage} | {duration}s', hideCursor: true },
      Presets.shades_classic,
    );
    bar.start(loadWork(tables), 0, { stage: 'truncate' });
    try {
      await loadTables(client, tables, {
        total: loadWork(tables),
        advance: (units, stage) => bar.increment(units, { stage }),
      });
      bar.update(loadWork(tables), { stage: 'done' });
    } finally {
      bar.stop();
      await client.end();
    }
    console.info(
      `Loaded ${database.url.replace(/:[^:@/]+@/, ':***@')} in ${((Date.now() - generated) / 1000).toFixed(1)} s (total ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
