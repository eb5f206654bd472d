import PgBoss from 'pg-boss';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** pg-boss's tables live in their own schema of Maillage's database. */
export const JOB_SCHEMA = 'pgboss';

/**
 * pg-boss's `db` option over the ORM's connection: inside `em.transactional()` its statements run in
 * that transaction (a job exists if and only if the transaction commits); outside, on a pooled
 * connection. The raw driver connection takes pg-boss's `$1` parameters as they are.
 */
export function jobDatabase(em: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const knex: Knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
      const connection = await knex.client.acquireConnection();
      try {
        return await connection.query(text, values);
      } finally {
        // A transaction's connection stays with it: knex makes this a no-op there.
        await knex.client.releaseConnection(connection);
      }
    },
  };
}

/**
 * pg-boss's own statements (send, retry), built once and run on the connection each call names;
 * never started, so it opens no pool of its own.
 */
export const jobStatements = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('jobStatements needs a `db` option: pass jobDatabase(em)')),
  },
});
