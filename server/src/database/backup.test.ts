import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareDatabase } from '../../test/prepare-database';
import { backupDatabase, restoreDatabase } from './backup';
import { ormConfig } from './orm-config';

// A round trip on the demo data, through the real pg_dump and pg_restore, on databases of its own.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-backup-'));
const file = path.join(folder, 'demo.dump');
const names = { source: `maillage_backup_${process.pid}`, copy: `maillage_restored_${process.pid}` };
const urls: Record<keyof typeof names, string> = { source: '', copy: '' };

async function withOrm<T>(url: string, work: (orm: MikroORM) => Promise<T>): Promise<T> {
  const orm = await MikroORM.init(ormConfig(url));
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
}

/** Every public table's rows, hashed in a stable order: equal fingerprints, equal data. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return withOrm(url, async (orm) => {
    const connection = orm.em.getConnection();
    const tables: Array<{ name: string }> = await connection.execute(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await connection.execute(
        `select count(*)::int as count, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as hash from "${name}" t`,
      );
      result[name] = `${row.count}:${row.hash}`;
    }
    return result;
  });
}

beforeAll(async () => {
  const shared = new URL(inject('databaseUrl'));
  await withOrm(shared.toString(), async (orm) => {
    for (const name of Object.values(names)) {
      await orm.em.getConnection().execute(`drop database if exists "${name}"`);
      await orm.em.getConnection().execute(`create database "${name}"`);
    }
  });
  for (const key of Object.keys(names) as Array<keyof typeof names>) {
    const url = new URL(shared);
    url.pathname = `/${names[key]}`;
    urls[key] = url.toString();
  }
  await prepareDatabase(urls.source);
}, 180_000);

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('backups', () => {
  it('restores the demo data exactly, into a new database and over a changed one', async () => {
    const before = await fingerprint(urls.source);
    expect(Number(before.organization.split(':')[0])).toBeGreaterThan(40);
    await backupDatabase(urls.source, file);
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);

    await restoreDatabase(urls.copy, file);
    expect(await fingerprint(urls.copy)).toEqual(before);

    // Changes after the backup are undone by restoring it.
    await withOrm(urls.source, async (orm) => {
      await orm.em
        .getConnection()
        .execute(`update organization set name = name || ' (modifié)' where id in (select id from organization limit 3)`);
      await orm.em.getConnection().execute(`delete from audit_entry`);
    });
    expect(await fingerprint(urls.source)).not.toEqual(before);
    await restoreDatabase(urls.source, file);
    expect(await fingerprint(urls.source)).toEqual(before);
  }, 180_000);

  it('leaves the database as it was when the backup cannot be restored', async () => {
    const before = await fingerprint(urls.copy);
    const broken = path.join(folder, 'broken.dump');
    fs.writeFileSync(broken, fs.readFileSync(file).subarray(0, 4096));
    await expect(restoreDatabase(urls.copy, broken)).rejects.toThrow();
    expect(await fingerprint(urls.copy)).toEqual(before);
  }, 120_000);
});
