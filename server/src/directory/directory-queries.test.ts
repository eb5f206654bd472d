import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from './organization.entity';
import { Person } from './person.entity';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DIRECTORY_PAGE = `query Page($first: Int) {
  organizations(first: $first) {
    edges { node {
      name commune { name mergedInto { name } }
      services { name communesServed { name } organization { slug } }
      memberships { role network { name } person { firstName } }
      networks { name territory { name } }
      people { firstName organization { name } }
    } }
  }
}`;

describe('no N+1', () => {
  it('runs as many SQL statements for 50 organisations as for 5', async () => {
    const count = async (first: number) => {
      // Other files add structures meanwhile, never remove any: a full page has at least this many.
      const existing = await server.orm.em.fork().count(Organization);
      server.statements.length = 0;
      const { data, errors } = await server.gql(DIRECTORY_PAGE, { first });
      expect(errors).toBeUndefined();
      expect(data.organizations.edges.length).toBeGreaterThanOrEqual(Math.min(first, existing));
      expect(data.organizations.edges.length).toBeLessThanOrEqual(first);
      return server.statements.length;
    };
    const small = await count(5);
    const large = await count(50);
    console.info(`directory page: ${small} SQL statements for 5 organisations, ${large} for 50`);
    expect(large).toBe(small);
    // The page with its commune, services with communes served, memberships with network and person (3), then territories and people.
    expect(small).toBeLessThanOrEqual(5);
  });

  it("serves the benchmark's directory page (services, communes served, memberships, networks) in at most 4 statements at any page size", async () => {
    const page = `query($first: Int) { organizations(first: $first) { totalCount edges { node {
      slug commune { name } services { name communesServed { inseeCode name } } memberships { role network { slug } } networks { slug }
    } } } }`;
    for (const first of [5, 50, 100]) {
      server.statements.length = 0;
      const { errors } = await server.gql(page, { first });
      expect(errors).toBeUndefined();
      expect(server.statements.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('personal data', () => {
  it('hides every email and phone from anonymous visitors, though the database holds them', async () => {
    const em = server.orm.em.fork();
    expect(await em.count(Person, { email: { $ne: null } })).toBeGreaterThan(40);
    const { data } = await server.gql(`{ organizations(first: 100) { edges { node { people { email phone } } } } }`);
    const people = data.organizations.edges.flatMap((e: any) => e.node.people);
    expect(people.length).toBeGreaterThan(40);
    expect(people.every((p: any) => p.email === null && p.phone === null)).toBe(true);
  });
});

describe('node(id) and lookups', () => {
  it('resolves any object by its opaque id', async () => {
    const { data } = await server.gql(`{ organization(slug: "epicentre") { id } network(slug: "jeunesse") { id } }`);
    const found = await server.gql(
      `query($a: ID!, $b: ID!) {
      a: node(id: $a) { id ... on Organization { slug } }
      b: node(id: $b) { id ... on Network { slug kind } }
    }`,
      { a: data.organization.id, b: data.network.id },
    );
    expect(found.data).toEqual({
      a: { id: data.organization.id, slug: 'epicentre' },
      b: { id: data.network.id, slug: 'jeunesse', kind: 'NETWORK' },
    });
  });

  it('answers null for unknown ids and slugs', async () => {
    const { data } = await server.gql(
      `{ node(id: "org_nope") { id } other: node(id: "zzz") { id } organization(slug: "nope") { id } network(slug: "nope") { id } }`,
    );
    expect(data).toEqual({ node: null, other: null, organization: null, network: null });
  });
});

describe('networks', () => {
  it('has the eight CTG bodies, animated as the convention says', async () => {
    const { data } = await server.gql(
      `{ networks { slug kind territory { slug } animators { role organization { slug } person { firstName } } } }`,
    );
    // Other files make networks of their own, in a territory of their own.
    const ctg = data.networks.filter((n: { territory: { slug: string } }) => n.territory.slug === 'cccps');
    expect(ctg).toHaveLength(8);
    const bySlug = Object.fromEntries(ctg.map((n: any) => [n.slug, n]));
    expect(bySlug['comite-de-pilotage'].kind).toBe('STEERING_COMMITTEE');
    expect(bySlug['commission-avs'].kind).toBe('COMMISSION');
    const youth = bySlug.jeunesse.animators.map((a: any) => a.organization.slug).sort();
    expect(youth).toEqual(['centre-social-crest-actif', 'centre-social-nini-chaize']);
    const parenting = bySlug.parentalite.animators;
    expect(parenting[0]).toMatchObject({ role: 'ANIMATOR', organization: { slug: 'centre-social-nini-chaize' } });
    expect(parenting[0].person).not.toBeNull();
    expect(bySlug['petite-enfance'].animators[0].organization.slug).toBe('cccps');
  });

  it('filters networks by theme and kind', async () => {
    const { data } = await server.gql(`{
      youth: networks(theme: YOUTH) { slug territory { slug } } commissions: networks(kind: COMMISSION) { slug territory { slug } }
    }`);
    const ctg = (networks: Array<{ slug: string; territory: { slug: string } }>) =>
      networks.filter((n) => n.territory.slug === 'cccps').map((n) => n.slug);
    expect(ctg(data.youth)).toEqual(['jeunesse']);
    expect(ctg(data.commissions)).toEqual(['commission-avs']);
  });

  it('lists where the Nini Chaize centre social takes part', async () => {
    const { data } = await server.gql(`{ organization(slug: "centre-social-nini-chaize") { networks { slug } } }`);
    expect(data.organization.networks.map((n: any) => n.slug)).toEqual(
      expect.arrayContaining(['parentalite', 'jeunesse', 'commission-avs']),
    );
  });
});
