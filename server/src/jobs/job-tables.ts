import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import { logger } from '../shared/logger';
import { jobDatabase, JOB_SCHEMA } from './job-database';

/** The queue behind pg-boss 10's schedules (Timekeeper's "send-it"), created with ours. */
const SCHEDULES_QUEUE = '__pgboss__send-it';

export const jobConnection = (orm: MikroORM) => ({
  connectionString: orm.config.get('clientUrl'),
  schema: JOB_SCHEMA,
  application_name: 'maillage-jobs',
});

/**
 * Installs or upgrades pg-boss's schema, then creates the queues, so that processes starting
 * together do not trip over each other:
 * - a short-lived instance installs the schema: when two race, pg-boss ignores the loser's error
 *   but leaves its connection inside an aborted transaction, not to be pooled for later use;
 * - queues are created one process at a time: two of pg-boss's create_queue at once deadlock
 *   (each inserts its queue row, then both want a foreign key on that table).
 */
export async function installJobTables(orm: MikroORM, queues: PgBoss.Queue[]): Promise<void> {
  const installer = new PgBoss({ ...jobConnection(orm), max: 1, schedule: false, supervise: false });
  installer.on('error', (error) => logger.error({ err: error }, 'Could not install the job tables'));
  await installer.start();
  await installer.stop({ graceful: false });
  await orm.em.fork().transactional(async (tx) => {
    const db = jobDatabase(tx);
    await db.executeSql(`select pg_advisory_xact_lock(hashtext('maillage:pgboss-queues'))`, []);
    const boss = new PgBoss({ schema: JOB_SCHEMA, db });
    await boss.createQueue(SCHEDULES_QUEUE);
    for (const queue of queues) {
      await boss.createQueue(queue.name, queue);
      // createQueue leaves an existing queue as it was: bring its retry policy up to date.
      await boss.updateQueue(queue.name, queue);
    }
  });
}
