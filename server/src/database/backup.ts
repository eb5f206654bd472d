import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/** Debian's client tools by default; PG_DUMP / PG_RESTORE point at others (e.g. a newer major). */
const PG_DUMP = () => process.env.PG_DUMP ?? 'pg_dump';
const PG_RESTORE = () => process.env.PG_RESTORE ?? 'pg_restore';

async function majorOf(binary: string): Promise<number> {
  try {
    const { stdout } = await run(binary, ['--version']);
    return Number(/(\d+)\.\d+/.exec(stdout)?.[1] ?? NaN);
  } catch {
    throw new Error(`${binary} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`);
  }
}

async function serverMajor(url: string): Promise<number> {
  const { rows } = await withClient(url, (client) => client.query('show server_version_num'));
  return Math.floor(Number(rows[0].server_version_num) / 10_000);
}

/** pg_dump refuses a newer server: say so before it does, with what to install. */
async function checkTools(binary: string, url: string) {
  const [tool, server] = await Promise.all([majorOf(binary), serverMajor(url)]);
  if (tool < server) {
    throw new Error(
      `${binary} ${tool} cannot handle a PostgreSQL ${server} server: install the client tools of version ${server} or later`,
    );
  }
}

/**
 * A full logical backup in pg_dump's custom format (compressed, restorable table by table); no
 * owners or grants, so it restores into a database of any name and owner.
 */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await checkTools(PG_DUMP(), url);
  await run(PG_DUMP(), ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`], {
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Replaces the database with the backup: restored first into a new database, then swapped in by
 * renaming — a failed restore leaves the database as it was. (pg_restore --clean cannot drop the
 * job queue's partitioned tables in place.) Stop the servers using it first: their connections are
 * ended at the swap.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  await checkTools(PG_RESTORE(), url);
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const restoring = `${name}_restoring`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = (statement: string) => withClient(admin.toString(), (client) => client.query(statement));
  await sql(`drop database if exists "${restoring}" with (force)`);
  await sql(`create database "${restoring}"`);
  const into = new URL(url);
  into.pathname = `/${restoring}`;
  try {
    await run(
      PG_RESTORE(),
      ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${into.toString()}`, file],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    await sql(`drop database if exists "${restoring}" with (force)`);
    throw error;
  }
  await sql(`drop database if exists "${name}_replaced" with (force)`);
  await sql(
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name.replace(/'/g, "''")}' and pid <> pg_backend_pid()`,
  );
  await sql(`alter database "${name}" rename to "${name}_replaced"`);
  await sql(`alter database "${restoring}" rename to "${name}"`);
  await sql(`drop database "${name}_replaced" with (force)`);
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
