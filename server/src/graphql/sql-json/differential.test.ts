import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, addService, createNetwork, createOrganization } from '../../../test/factories';
import { DEMO, signIn, startTestServer, type GraphQLResponse, type TestServer } from '../../../test/test-server';
import networksData from '../../seed/data/networks.json';
import organizationsData from '../../seed/data/organizations.json';
import { generateQueries, Random, type DemoValues, type GeneratedQuery } from './differential.test-support';

/**
 * The compiled reads (json-reads.ts) against the resolvers they stand in for: generated queries
 * over the compiled roots, asked of a server of each path by each demo role, must get the same
 * answer — data and errors. The queries are the same at every run; DIFFERENTIAL_SEED=n draws
 * others (the seed is printed) and DIFFERENTIAL_QUERIES=n more of them, to look further after a
 * change of the compiled types.
 */
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 13);
const QUERY_COUNT = Number(process.env.DIFFERENTIAL_QUERIES ?? 72);
const CONCURRENCY = 4;

const ROLES = {
  anonymous: null,
  partner: DEMO.partner,
  animator: DEMO.avsAnimator,
  parentingAnimator: DEMO.parentingAnimator,
  admin: DEMO.admin,
} as const;
type Role = keyof typeof ROLES;

interface Side {
  server: TestServer;
  headers: Record<Role, Record<string, string>>;
}

let compiled: Side;
let resolvers: Side;
let values: DemoValues;
let queries: GeneratedQuery[];

async function side(compiledReads: boolean): Promise<Side> {
  const server = await startTestServer({ compiledReads });
  const headers = {} as Side['headers'];
  for (const [role, email] of Object.entries(ROLES)) headers[role as Role] = email ? await signIn(server, email) : {};
  return { server, headers };
}

const column = async (sql: string) =>
  (await compiled.server.orm.em.getConnection().execute<Array<Record<string, string>>>(sql)).map((row) => Object.values(row)[0]);

/**
 * Arguments from the demo data (its seed files, so that other test files' rows stay out of the
 * queries), with values that match nothing.
 */
async function demoValues(): Promise<DemoValues> {
  const random = new Random(SEED);
  const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
  // The demo year's meetings: test files date theirs years ahead.
  const demoMeetings = `starts_at between now() - interval '1 year' and now() + interval '1 year'`;
  const meetingIds = [
    ...(await column(`select id from meeting where ${demoMeetings} and status = 'DRAFT' order by id limit 3`)),
    ...(await column(`select id from meeting where ${demoMeetings} and status <> 'DRAFT' and is_public order by id limit 3`)),
    ...(await column(`select id from meeting where ${demoMeetings} and status <> 'DRAFT' and not is_public order by id limit 3`)),
    ...(await column(
      `select distinct a.meeting_id from agenda_item a join meeting m on m.id = a.meeting_id
        where ${demoMeetings} and a.status = 'ACCEPTED' order by 1 limit 5`,
    )),
  ];
  const communes = [
    ...new Set(
      organizationsData.flatMap((o) => [o.communeInseeCode, ...o.services.flatMap((s) => s.communesServed)]).filter(Boolean),
    ),
  ] as string[];
  return {
    organizationSlugs: [
      ...random.some(
        organizationsData.map((o) => o.slug),
        12,
      ),
      'structure-inexistante',
    ],
    networkSlugs: [...networksData.map((n) => n.slug), 'reseau-inexistant'],
    communeCodes: [...random.some(communes.sort(), 8), '00000'],
    meetingIds: [...meetingIds, 'mtg_00000000000000000000000000000000'],
    // "numerik" matches no word exactly: the search falls back to trigrams.
    texts: ['numerik', 'parentalité', 'caf', 'jeunesse', 'centre social', 'crest', 'zzqxw'],
    instants: [-400, -120, -30, -7, 0, 7, 30, 120, 400].map(days),
  };
}

beforeAll(async () => {
  [compiled, resolvers] = await Promise.all([side(true), side(false)]);
  values = await demoValues();
  queries = generateQueries(SEED, QUERY_COUNT, values);
});
afterAll(async () => {
  await compiled?.server.close();
  await resolvers?.server.close();
});

/** Runs `tasks` with at most `limit` of them at a time. */
async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

interface Comparison {
  query: GeneratedQuery;
  role: Role;
  compiled: GraphQLResponse;
  resolvers: GraphQLResponse;
}

describe('compiled reads and resolvers', () => {
  it(
    'give the same answers to generated queries, for every demo role',
    async () => {
      console.log(`differential test: seed ${SEED} (DIFFERENTIAL_SEED=${SEED} replays it)`);
      const tasks = queries.flatMap((query) =>
        (Object.keys(ROLES) as Role[]).map((role) => async (): Promise<Comparison> => {
          const ask = () =>
            Promise.all([
              compiled.server.gql(query.text, undefined, compiled.headers[role]),
              resolvers.server.gql(query.text, undefined, resolvers.headers[role]),
            ]);
          let [a, b] = await ask();
          // Other test files write to the shared database: a difference that a second asking
          // does not repeat was a write between the two answers, not a difference of the paths.
          if (!isDeepEqual(a, b)) [a, b] = await ask();
          return { query, role, compiled: a, resolvers: b };
        }),
      );
      const comparisons = await pool(tasks, CONCURRENCY);
      expect(comparisons.length).toBeGreaterThanOrEqual(300);
      const differing = comparisons.filter((c) => !isDeepEqual(c.compiled, c.resolvers));
      for (const c of differing.slice(0, 3)) {
        expect(c.compiled, `${c.query.name} as ${c.role}:\n${c.query.text}`).toEqual(c.resolvers);
      }
      expect(differing.length).toBe(0);
      // Answers, not a pile of identical errors.
      const answered = comparisons.filter((c) => c.resolvers.status === 200 && !c.resolvers.errors);
      expect(answered.length / comparisons.length).toBeGreaterThan(0.9);
    },
    QUERY_COUNT * 1_500,
  );

  it('answers most generated queries in one statement when compiled', async () => {
    // Anonymous: a signed-in request also reads its session. One at a time, to count each one's.
    const sample = queries.slice(0, 40);
    const counts: Array<{ compiled: number; resolvers: number }> = [];
    for (const query of sample) {
      const count = async ({ server }: Side) => {
        server.statements.length = 0;
        await server.gql(query.text);
        return server.statements.length;
      };
      counts.push({ compiled: await count(compiled), resolvers: await count(resolvers) });
    }
    const single = counts.filter((c) => c.compiled === 1).length;
    const fewer = counts.filter((c) => c.compiled < c.resolvers).length;
    // The others ask for a field only the resolvers answer, or for an empty page of the directory
    // (its total is then counted apart, on both paths).
    expect(single, JSON.stringify(counts)).toBeGreaterThanOrEqual(sample.length * 0.5);
    expect(fewer, JSON.stringify(counts)).toBeGreaterThanOrEqual(sample.length * 0.4);
    expect(counts.filter((c) => c.compiled > c.resolvers)).toEqual([]);
  });

  it('hides contact details from the anonymous visitor and shows them to the admin, on both paths', async () => {
    const demo = organizationsData.map((o) => `'${o.slug}'`).join(', ');
    const [slug] = await column(
      `select o.slug from organization o join person p on p.organization_id = o.id
        where p.email is not null and o.slug in (${demo}) order by o.slug limit 1`,
    );
    const query = `{ organization(slug: ${JSON.stringify(slug)}) { people { id email phone } } }`;
    for (const role of ['anonymous', 'admin'] as const) {
      const [a, b] = await Promise.all([
        compiled.server.gql(query, undefined, compiled.headers[role]),
        resolvers.server.gql(query, undefined, resolvers.headers[role]),
      ]);
      expect(a, role).toEqual(b);
      const emails = a.data.organization.people.map((person: { email: string | null }) => person.email);
      if (role === 'anonymous') expect(emails.every((email: string | null) => email === null)).toBe(true);
      else expect(emails.some((email: string | null) => email !== null)).toBe(true);
    }
  });

  it('order names equal in French order (accents and case aside) alike', async () => {
    const network = await createNetwork(compiled.server);
    const names = ['Maison des jeunes', 'MAISON DES JEUNES', 'Maïson des Jeunes', 'maison des jeunes'];
    const organizations = [];
    for (const name of names) {
      const organization = await createOrganization(compiled.server, { name });
      organizations.push(organization);
      await addService(compiled.server, organization.id, { name: 'Permanence' });
      await addService(compiled.server, organization.id, { name: 'PERMANENCE' });
      await addService(compiled.server, organization.id, { name: 'permanence' });
    }
    // Memberships in another order than the structures' creation.
    for (const organization of [...organizations].reverse()) {
      await addMembership(compiled.server, { network: network.slug, organizationId: organization.id });
    }
    const query = `{ network(slug: ${JSON.stringify(network.slug)}) {
      organizations { id name services { id name } networks { id name } }
      memberships { id organization { id } }
    } }`;
    const [a, b] = await Promise.all([compiled.server.gql(query), resolvers.server.gql(query)]);
    expect(a.data.network.organizations).toHaveLength(names.length);
    expect(a).toEqual(b);
  });
});

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}
