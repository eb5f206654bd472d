import type { Client } from 'pg';
import { copyRows } from './copy-in';
import { TABLES, type Dataset } from './directory';

export interface LoadProgress {
  /** Units of work: one per row copied, plus one per row indexed when indexes are rebuilt. */
  total: number;
  advance: (units: number, stage: string) => void;
}

const TABLE_NAMES = TABLES.map((t) => t.table);

export function loadWork(dataset: Dataset): number {
  const rows = TABLES.reduce((sum, { table }) => sum + dataset[table].length, 0);
  return rows * 2;
}

/**
 * Replaces the directory tables' content with the dataset, the way bulk loads are done:
 * one transaction, secondary indexes dropped and rebuilt from their own definitions (building a
 * GIN index once is far cheaper than updating it 400,000 times), foreign-key triggers skipped
 * when allowed (the generator builds consistent data), COPY for the rows, then VACUUM ANALYZE so
 * the planner knows the new sizes. The schema itself — migrations, generated tsvector columns,
 * indexes — is untouched: it is Maillage's.
 */
export async function loadDataset(client: Client, dataset: Dataset, progress?: LoadProgress): Promise<void> {
  const rowsOf = new Map(TABLES.map(({ table }) => [table, dataset[table].length]));
  await client.query('begin');
  try {
    await client.query(`set local synchronous_commit = off`);
    await client.query(`set local maintenance_work_mem = '512MB'`);
    await client.query(`savepoint replication_role`);
    try {
      await client.query(`set local session_replication_role = replica`);
    } catch {
      // Not a superuser: foreign keys are checked row by row, slower but just as correct.
      await client.query(`rollback to savepoint replication_role`);
    }
    await client.query(`truncate ${TABLE_NAMES.map((t) => `"${t}"`).join(', ')} cascade`);
    const { rows: indexes } = await client.query<{ name: string; table: keyof Dataset; definition: string }>(
      `select i.indexname as name, i.tablename as table, i.indexdef as definition
         from pg_indexes i
        where i.schemaname = current_schema() and i.tablename = any($1)
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = (select oid from pg_namespace where nspname = i.schemaname))`,
      [TABLE_NAMES],
    );
    for (const index of indexes) await client.query(`drop index "${index.name}"`);
    for (const { table, columns } of TABLES) {
      await copyRows(client, table, columns, dataset[table], (rows) => progress?.advance(rows, `copy ${table}`));
    }
    // Index builds take the second half of the progress bar, in proportion to their table's rows.
    const indexWeights = indexes.map((index) => rowsOf.get(index.table) ?? 0);
    const totalWeight = Math.max(
      1,
      indexWeights.reduce((a, b) => a + b, 0),
    );
    const totalRows = [...rowsOf.values()].reduce((a, b) => a + b, 0);
    for (const [i, index] of indexes.entries()) {
      await client.query(index.definition);
      progress?.advance(Math.round((totalRows * indexWeights[i]) / totalWeight), `index ${index.name}`);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  await client.query(`vacuum (analyze) ${TABLE_NAMES.map((t) => `"${t}"`).join(', ')}`);
}
