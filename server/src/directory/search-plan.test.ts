import fs from 'node:fs';
import path from 'node:path';
import { MikroORM, type EntityManager, type MigrationObject } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { generateDirectory } from '../../../bench/data/directory';
import { loadDataset } from '../../../bench/data/load-dataset';
import { ormConfig } from '../database/orm-config';
import type { OrganizationFilter } from './organization.inputs';
import { organizationPageQuery, type SearchMode } from './organization-search';

/**
 * The directory's queries at national scale: 100,000 generated organisations (the benchmark's
 * data) in a database of their own on the test server, and PostgreSQL's plans for them. A plan
 * that reads a whole table where an index answers is what turns 5 ms into 800 ms.
 */
const ORGANIZATIONS = 100_000;
const database = `maillage_plan_${process.pid}`;
let orm: MikroORM;
let url: string;

async function migrationsList(): Promise<MigrationObject[]> {
  const folder = path.resolve(__dirname, '..', '..', '..', 'migrations');
  const files = fs
    .readdirSync(folder)
    .filter((file) => /^Migration\d+\.ts$/.test(file))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const module = await import(path.join(folder, file));
      return { name: file.replace(/\.ts$/, ''), class: Object.values(module)[0] as MigrationObject['class'] };
    }),
  );
}

async function onServer(run: (client: Client) => Promise<unknown>) {
  const admin = new URL(inject('databaseUrl'));
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onServer(async (client) => {
    await client.query(`drop database if exists "${database}"`);
    await client.query(`create database "${database}"`);
  });
  const target = new URL(inject('databaseUrl'));
  target.pathname = `/${database}`;
  url = target.toString();
  orm = await MikroORM.init(ormConfig(url, { migrationsList: await migrationsList() }));
  await orm.getMigrator().up();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await loadDataset(client, generateDirectory({ organizations: ORGANIZATIONS }));
  } finally {
    await client.end();
  }
}, 300_000);

afterAll(async () => {
  await orm?.close(true);
  await onServer((client) => client.query(`drop database if exists "${database}" with (force)`));
}, 60_000);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function plan(em: EntityManager, sql: string, params: unknown[]) {
  const [row] = await em.getConnection().execute(`explain (format json) ${sql}`, params);
  const all = nodes(row['QUERY PLAN'][0].Plan as PlanNode);
  return {
    indexes: new Set(all.map((n) => n['Index Name']).filter(Boolean)),
    seqScans: all.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']),
  };
}

function pagePlan(filter: OrganizationFilter, mode: SearchMode | null = null, first = 20) {
  const em = orm.em.fork();
  const { sql, params } = organizationPageQuery(em, filter, { limit: first, offset: 0 }, mode, filter.text ?? '');
  return plan(em, sql, params);
}

const VALENCE = '26362';

describe(`query plans with ${ORGANIZATIONS.toLocaleString('en')} organisations`, () => {
  it('lists the directory from the (search_name, id) index, without reading every structure', async () => {
    const { indexes, seqScans } = await pagePlan({}, null, 50);
    expect(indexes).toContain('organization_search_name_id_idx');
    expect(seqScans).toEqual([]);
  });

  it('searches a commune from its side: the served-communes and structure-commune indexes, no table read whole', async () => {
    const { indexes, seqScans } = await pagePlan({ text: 'parentalité', communeInseeCode: VALENCE }, 'fullText');
    expect(indexes).toContain('service_commune_served_commune_insee_code_service_id_index');
    expect(indexes).toContain('organization_commune_insee_code_index');
    expect(seqScans).toEqual([]);
  });

  it('finds full-text matches through the GIN indexes of structures and services', async () => {
    const { indexes, seqScans } = await pagePlan({ text: 'numérique' }, 'fullText');
    expect(indexes).toContain('organization_search_vector_idx');
    expect(indexes).toContain('service_search_vector_idx');
    expect(seqScans).not.toContain('service');
  });

  it('finds near misses through the trigram indexes', async () => {
    const { indexes, seqScans } = await pagePlan({ text: 'parentalte' }, 'trigram');
    expect(indexes).toContain('organization_search_name_idx');
    expect(indexes).toContain('service_search_name_idx');
    expect(seqScans).not.toContain('service');
  });

  it('filters by commune, theme and network through indexes', async () => {
    const byCommune = await pagePlan({ communeInseeCode: VALENCE, theme: 'PARENTING' as never });
    expect(byCommune.indexes).toContain('service_commune_served_commune_insee_code_service_id_index');
    expect(byCommune.seqScans).toEqual([]);
    const byNetwork = await pagePlan({ networkSlug: 'parentalite-cc-du-diois' });
    expect(byNetwork.indexes).toContain('network_slug_unique');
    expect(byNetwork.seqScans).toEqual([]);
  });

  it("reads a page's services, communes served and memberships by key", async () => {
    const em = orm.em.fork();
    const ids: string[] = (await em.getConnection().execute('select id from organization order by search_name, id limit 50')).map(
      (r: any) => r.id,
    );
    const services = await plan(em, 'select s.id from service s where s.organization_id in (?)', [ids]);
    expect(services.indexes).toContain('service_organization_id_index');
    const memberships = await plan(
      em,
      'select m.id from membership m join network n on n.id = m.network_id where m.organization_id in (?)',
      [ids],
    );
    expect(memberships.indexes).toContain('membership_organization_id_index');
    expect(memberships.seqScans).toEqual([]);
  });
});
