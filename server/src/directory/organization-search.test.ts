import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SEARCH = `query Search($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug name kind commune { inseeCode } services { name themes audiences communesServed { inseeCode } } } }
  }
}`;

async function search(filter: Record<string, unknown>, first = 100) {
  const response = await server.gql(SEARCH, { filter, first });
  expect(response.errors).toBeUndefined();
  return response.data.organizations as {
    totalCount: number;
    edges: Array<{ node: { slug: string; name: string; commune: { inseeCode: string } | null; services: any[] } }>;
  };
}
const slugs = (result: Awaited<ReturnType<typeof search>>) => result.edges.map((e) => e.node.slug);

describe('French-aware text search', () => {
  it('finds the same structures for "numerique", "Numérique" and "numériques"', async () => {
    const plain = slugs(await search({ text: 'numerique' }));
    expect(plain.length).toBeGreaterThan(2);
    expect(plain).toContain('evs-le-forum');
    expect(slugs(await search({ text: 'Numérique' }))).toEqual(plain);
    expect(slugs(await search({ text: 'numériques' }))).toEqual(plain);
  });

  it('finds "crèche" when typed without its accent', async () => {
    const names = (await search({ text: 'creche' })).edges.map((e) => e.node.name);
    expect(names[0]).toMatch(/Crèche/);
  });

  it('matches services as well as names: "Octobus" finds the centre social that runs it', async () => {
    const result = await search({ text: 'Octobus' });
    expect(slugs(result)).toEqual(['centre-social-nini-chaize']);
  });

  it('ranks a structure named like the search first', async () => {
    expect(slugs(await search({ text: 'epicentre' }))[0]).toBe('epicentre');
  });

  it('falls back to trigram similarity for near misses', async () => {
    expect(slugs(await search({ text: 'numerik' }))).toContain('evs-le-forum');
    expect(slugs(await search({ text: 'Epicentr' }))[0]).toBe('epicentre');
  });

  it('answers nothing, not everything, for a search that matches nothing', async () => {
    const result = await search({ text: 'xylophone quantique' });
    expect(result.totalCount).toBe(0);
    expect(result.edges).toEqual([]);
  });
});

describe('filters', () => {
  it('by theme: every result offers a service of that theme', async () => {
    const result = await search({ theme: 'HOUSING' });
    expect(result.totalCount).toBeGreaterThan(0);
    for (const { node } of result.edges) expect(node.services.some((s: any) => s.themes.includes('HOUSING'))).toBe(true);
  });

  it('by audience: a service for that audience or for everyone', async () => {
    const result = await search({ audience: 'TEENAGERS' });
    expect(result.totalCount).toBeGreaterThan(0);
    for (const { node } of result.edges) {
      expect(node.services.some((s: any) => s.audiences.includes('TEENAGERS') || s.audiences.includes('ALL'))).toBe(true);
    }
  });

  it('by commune and theme: who offers digital-inclusion help in Saillans', async () => {
    const result = await search({ theme: 'RIGHTS_AND_DIGITAL_INCLUSION', communeInseeCode: '26289' });
    expect(slugs(result)).toContain('evs-le-forum');
    for (const { node } of result.edges) {
      const reaches = node.services.some(
        (s: any) =>
          s.themes.includes('RIGHTS_AND_DIGITAL_INCLUSION') &&
          (node.commune?.inseeCode === '26289' || s.communesServed.some((c: any) => c.inseeCode === '26289')),
      );
      expect(reaches).toBe(true);
    }
  });

  it("by network: exactly the network's member organisations", async () => {
    // The housing network: no other test file changes its members while this one runs.
    const { data } = await server.gql(`{ network(slug: "logement") { organizations { slug } } }`);
    const members = data.network.organizations.map((o: any) => o.slug).sort();
    expect(members.length).toBeGreaterThan(3);
    expect(slugs(await search({ networkSlug: 'logement' })).sort()).toEqual(members);
  });

  it('by kind, combined with text', async () => {
    const result = await search({ kind: 'SOCIAL_CENTRE', text: 'jeunes' });
    expect(result.totalCount).toBeGreaterThan(0);
    expect(slugs(result).every((slug) => slug.startsWith('centre-social'))).toBe(true);
  });
});

describe('cursor pagination', () => {
  it('walks every organisation once, in pages, with a stable totalCount', async () => {
    /** Every slug, in order, in pages of `first`, and the totalCount each page gave. */
    const walk = async (first: number) => {
      const seen: string[] = [];
      const totals: number[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const { data }: { data?: any } = await server.gql(SEARCH, { filter: null, first, after });
        seen.push(...data.organizations.edges.map((e: any) => e.node.slug));
        totals.push(data.organizations.totalCount);
        if (!data.organizations.pageInfo.hasNextPage) break;
        after = data.organizations.pageInfo.endCursor;
      }
      return { seen, totals };
    };
    // The largest pages (a single one while the directory holds 100 structures or fewer) against
    // pages of 7. Other files add structures meanwhile: walks during which it grew are made again.
    const walks = async () => {
      const [large, small] = [await walk(100), await walk(7)];
      return { large, small, changed: new Set([...large.totals, ...small.totals, (await search({}, 1)).totalCount]).size > 1 };
    };
    let current = await walks();
    for (let attempt = 0; attempt < 3 && current.changed; attempt++) current = await walks();
    const total = current.large.totals[0];
    expect(current.small.totals.every((count) => count === total)).toBe(true);
    expect(current.small.seen).toEqual(current.large.seen);
    expect(new Set(current.small.seen).size).toBe(total);
  });

  it('sorts plain listings alphabetically, accents ignored', async () => {
    const names = (await search({})).edges.map((e) => e.node.name);
    const sorted = [...names].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare);
    expect(names.map((n) => n[0].toLowerCase())).toEqual(sorted.map((n) => n[0].toLowerCase()));
  });

  it('refuses a page size over 100 and a forged cursor, in French', async () => {
    const tooMany = await server.gql(SEARCH, { first: 101 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.errors?.[0].message).toMatch(/compris entre 0 et 100/);
    const forged = await server.gql(SEARCH, { first: 5, after: 'bm9wZQ' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('validates the filter at the edge', async () => {
    const long = await server.gql(SEARCH, { filter: { text: 'x'.repeat(201) } });
    expect(long.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/200 caractères/),
      extensions: { code: 'BAD_USER_INPUT', field: 'text' },
    });
    const commune = await server.gql(SEARCH, { filter: { communeInseeCode: 'Crest' } });
    expect(commune.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeInseeCode' });
  });
});
