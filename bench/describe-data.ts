import { Client } from 'pg';
import { CALENDAR_MONTH } from './data/meetings';
import type { ScenarioParams } from './scenarios';

/** What the benchmark database holds, and the parameters the scenarios read it with. */
const DATA_TABLES = [
  'territory',
  'commune',
  'organization',
  'service',
  'service_commune_served',
  'person',
  'network',
  'membership',
  'meeting',
  'meeting_network',
  'invitation',
  'agenda_item',
  'training',
  'training_network',
  'training_session',
  'registration',
];

export async function describeData(
  databaseUrl: string,
): Promise<{ params: ScenarioParams; data: Record<string, number>; postgres: string }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const data: Record<string, number> = {};
    for (const table of DATA_TABLES) data[table] = Number((await client.query(`select count(*) as n from "${table}"`)).rows[0].n);
    if (!data.organization)
      throw new Error('The benchmark database is empty: run `npm run bench:data -- --organizations 100000` first.');
    const commune = await client.query(
      `select insee_code from commune order by insee_code = '26362' desc, population desc nulls last limit 1`,
    );
    const organizations = await client.query(`select slug from organization order by id limit 20`);
    const networks = await client.query(`select slug from network where kind = 'NETWORK' order by id limit 10`);
    const agendas = await client.query(
      `select id from meeting
        where kind = 'COMMISSION' and status = 'HELD' and is_public and agenda_published_at is not null
        order by id limit 10`,
    );
    const trainings = await client.query(
      `select n.slug from network n
        where n.kind = 'NETWORK' and exists (
          select 1 from training_network tn join training t on t.id = tn.training_id
           where tn.network_id = n.id and t.is_public
             and exists (select 1 from training_session s where s.training_id = t.id and s.ends_at > now()))
        order by n.id limit 10`,
    );
    const version = await client.query(`select split_part(version(), ' on ', 1) as v`);
    return {
      data,
      postgres: version.rows[0].v,
      params: {
        communeInseeCode: commune.rows[0].insee_code,
        organizationSlugs: organizations.rows.map((r) => r.slug),
        networkSlugs: networks.rows.map((r) => r.slug),
        calendarMonth: { from: CALENDAR_MONTH.from.toISOString(), to: CALENDAR_MONTH.to.toISOString() },
        agendaMeetingIds: agendas.rows.map((r) => r.id),
        trainingNetworkSlugs: trainings.rows.map((r) => r.slug),
      },
    };
  } finally {
    await client.end();
  }
}
