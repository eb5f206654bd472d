import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Distinct compiled statements prepared per process. PostgreSQL keeps a prepared statement per
 * connection until it closes, so their number is bounded: past it, statements run unprepared.
 * The hot pages are a handful of shapes; a client sending endless new ones gets no plan cache.
 */
const MAX_PREPARED = 256;

interface Statement {
  /** The text with numbered placeholders ($1, $2…), as PostgreSQL takes it. */
  text: string;
  /** Its prepared statement's name, or undefined past MAX_PREPARED. */
  name: string | undefined;
}
const statements = new Map<string, Statement>();

function statementOf(sql: string): Statement {
  let statement = statements.get(sql);
  if (!statement) {
    let index = 0;
    statement = {
      text: sql.replace(/\?/g, () => `$${++index}`),
      name: statements.size < MAX_PREPARED ? `json_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}` : undefined,
    };
    if (statement.name) statements.set(sql, statement);
  }
  return statement;
}

interface PgClient {
  query<Row>(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}
// MikroORM's own logging (protected): the tests' statement counts read it.
type Logged = { logQuery(query: string, context?: object): void };

/**
 * Runs a compiled read (placeholders `?`, values bound) as a prepared statement on a connection of
 * the ORM's pool: PostgreSQL parses and plans a page's statement once per connection instead of at
 * every request (MikroORM's `execute` writes the values into the text, so every request was a new
 * statement), and the query skips the query builder's layers, a fifth of a small page's time.
 * Inside a transaction it runs on the transaction's connection, through knex.
 */
export async function runPrepared<Row>(em: EntityManager, sql: string, params: unknown[]): Promise<Row[]> {
  const connection = em.getConnection();
  const knex = connection.getKnex();
  const transaction = em.getTransactionContext();
  const started = Date.now();
  let rows: Row[];
  if (transaction || params.some(Array.isArray)) {
    const query = knex.raw(sql, params as never[]);
    if (transaction) query.transacting(transaction);
    rows = ((await query) as { rows: Row[] }).rows;
  } else {
    const { text, name } = statementOf(sql);
    const client = knex.client as unknown as KnexClient;
    const pg = await client.acquireConnection();
    try {
      rows = (await pg.query<Row>({ name, text, values: params })).rows;
    } finally {
      await client.releaseConnection(pg);
    }
  }
  (connection as unknown as Logged).logQuery(sql, { took: Date.now() - started, results: rows.length, params });
  return rows;
}
