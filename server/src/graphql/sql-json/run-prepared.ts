import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Distinct compiled statements prepared per process. PostgreSQL keeps a prepared statement per
 * connection until it closes, so their number is bounded: past it, statements run unprepared.
 * The hot pages are a handful of shapes; a client sending endless new ones gets no plan cache.
 */
const MAX_PREPARED = 256;
const prepared = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = prepared.get(sql);
  if (!name && prepared.size < MAX_PREPARED) {
    name = `json_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    prepared.set(sql, name);
  }
  return name;
}

type Logged = { executeQuery<T>(query: string, run: () => Promise<T>, context?: object): Promise<T> };

/**
 * Runs a compiled read with bound parameters, as a prepared statement: PostgreSQL parses and
 * plans a page's statement once per connection instead of at every request (MikroORM's `execute`
 * writes the values into the text, so every request is a new statement). Logged like any query
 * (MikroORM's executeQuery, which the tests' statement counts read).
 */
export async function runPrepared<Row>(em: EntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  const connection = em.getConnection();
  const transaction = em.getTransactionContext();
  return (connection as unknown as Logged).executeQuery(
    sql,
    async () => {
      await connection.ensureConnection();
      const query = connection.getKnex().raw(sql, params as never[]);
      if (transaction) query.transacting(transaction);
      const name = statementName(sql);
      if (name) query.options({ name });
      const result = (await query) as { rows: Row[] };
      return result.rows;
    },
    { query: sql, params },
  );
}
