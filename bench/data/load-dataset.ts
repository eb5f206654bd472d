import type { Client } from 'pg';
import { copyRows, type CopyValue } from './copy-in';
import { TABLES, type Dataset } from './directory';

export interface LoadProgress {
  /** Units of work: one per row copied, plus one per row indexed when indexes are rebuilt. */
  total: number;
  advance: (units: number, stage: string) => void;
}

/** One table's rows, in its columns' order; an array, or rows made on the fly with their count. */
export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: Iterable<readonly CopyValue[]> & { readonly length: number };
}

export const directoryTables = (dataset: Dataset): TableRows[] =>
  TABLES.map(({ table, columns }) => ({ table, columns, rows: dataset[table] }));

export function loadWork(tables: TableRows[]): number {
  const rows = tables.reduce((sum, { rows }) => sum + rows.length, 0);
  return rows * 2;
}

export function loadDataset(client: Client, dataset: Dataset, progress?: LoadProgress): Promise<void> {
  return loadTables(client, directoryTables(dataset), progress);
}

/**
 * Replaces the tables' content with these rows, the way bulk loads are done:
 * one transaction, secondary indexes dropped and rebuilt from their own definitions (building a
 * GIN index once is far cheaper than updating it 400,000 times), foreign-key triggers skipped
 * when allowed (the generator builds consistent data), COPY for the rows, then VACUUM ANALYZE so
 * the planner knows the new sizes. The schema itself — migrations, generated tsvector columns,
 * indexes — is untouched: it is Maillage's.
 */
export async function loadTables(client: Client, tables: TableRows[], progress?: LoadProgress): Promise<void> {
  const names = tables.map((t) => t.table);
  const rowsOf = new Map(tables.map(({ table, rows }) => [table, rows.length]));
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
    await client.query(`truncate ${names.map((t) => `"${t}"`).join(', ')} cascade`);
    const { rows: indexes } = await client.query<{ name: string; table: string; definition: string }>(
      `select i.indexname as name, i.tablename as table, i.indexdef as definition
         from pg_indexes i
        where i.schemaname = current_schema() and i.tablename = any($1)
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = (select oid from pg_namespace where nspname = i.schemaname))`,
      [names],
    );
    for (const index of indexes) await client.query(`drop index "${index.name}"`);
    for (const { table, columns, rows } of tables) {
      await copyRows(client, table, columns, rows, (copied) => progress?.advance(copied, `copy ${table}`));
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
  await client.query(`vacuum (analyze) ${names.map((t) => `"${t}"`).join(', ')}`);
}
