import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let admin: Record<string, string>;
let youth: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server, DEMO.admin);
  youth = await signIn(server, DEMO.youthAnimator);
});
afterAll(() => server?.close());

/** The whole tree, as the roadmap page and an action page would ask for it. */
const TREE = `query($theme: Theme, $filter: RoadmapFilter) {
  roadmap(theme: $theme, filter: $filter) {
    id theme number title progress statusCounts { notStarted inProgress done abandoned total } territory { slug }
    objectives(filter: $filter) {
      id title intro
      actions(filter: $filter) {
        id title subBullets status revision sourceLine
        network { slug name } leads { slug name } partners { slug }
        meetings { id title startsAt } agendaItems { id title } trainings { id title }
        updates { at status comment authorName author { displayName } }
        viewerCan { update linkWork }
      }
    }
  }
}`;
const CTG = { territorySlug: 'cccps' };

const actionsOf = (orientations: any[]) => orientations.flatMap((o) => o.objectives.flatMap((ob: any) => ob.actions));

describe('the CTG roadmap', () => {
  it("reads the document's roadmap, theme by theme in its order, with every action's network and named structures", async () => {
    const { data, errors } = await server.gql(TREE, { filter: CTG });
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const perTheme: Record<string, number[]> = {};
    for (const o of data.roadmap) (perTheme[o.theme] ??= []).push(o.number);
    expect(perTheme).toEqual({
      RIGHTS_AND_DIGITAL_INCLUSION: [1, 2],
      EARLY_CHILDHOOD: [1, 2, 3, 4],
      CHILDHOOD: [1, 2, 3],
      YOUTH: [1, 2, 3],
      PARENTING: [1, 2],
      SOCIAL_LIFE: [1, 2, 3],
      HOUSING: [1, 2, 3],
    });
    const actions = actionsOf(data.roadmap);
    expect(actions).toHaveLength(122);
    expect(actions.reduce((sum: number, a: any) => sum + a.subBullets.length, 0)).toBe(47);
    const places = actions.find((a: any) => a.title.startsWith('Développement du maillage territorial en lieux et services'));
    expect(places.network.slug).toBe('jeunesse');
    expect(places.sourceLine).toBe(423);
    expect(places.leads.map((l: any) => l.slug).sort()).toEqual(['8fablab-crest', 'cccps', 'centre-social-nini-chaize']);
    expect(places.subBullets).toEqual([
      'le centre social Nini-Chaize,',
      'la Communauté de communes Crestois Pays de Saillans Cœur de Drôme (sur Crest)',
      'le 8Fablab de Crest',
    ]);
    const counter = actions.find((a: any) => a.title.startsWith('Positionnement des CCAS'));
    expect(counter.leads.map((l: any) => l.slug).sort()).toEqual(['ccas-aouste-sur-sye', 'ccas-crest']);
  });

  it('shows the demo follow-up: statuses, dated updates by animators, the meetings where actions were worked on', async () => {
    const { data } = await server.gql(TREE, { theme: 'SOCIAL_LIFE', filter: CTG }, youth);
    const commission = actionsOf(data.roadmap).find((a: any) =>
      a.title.startsWith('Complémentarité, articulation des projets sociaux'),
    );
    expect(commission.status).toBe('DONE');
    expect(commission.updates[0]).toMatchObject({ status: 'DONE', authorName: expect.any(String), author: null });
    expect(commission.meetings.map((m: any) => m.title)).toEqual([
      "Installation de la Commission d'orientation Animation de la vie sociale",
    ]);
    // The youth animator follows youth actions, not the commission's.
    expect(commission.viewerCan).toEqual({ update: false, linkWork: false });
    const networkOrientation = data.roadmap.find((o: any) => o.number === 3);
    expect(networkOrientation.statusCounts).toMatchObject({ done: 1, inProgress: 1, total: 9 });
    expect(networkOrientation.progress).toBeCloseTo((1 + 0.5) / 9);
  });

  it('filters by network, status and words (accents and case aside), pruning orientations and objectives alike', async () => {
    const search = await server.gql(TREE, { filter: { ...CTG, search: 'VIOLENTOMETRE' } });
    expect(search.data.roadmap.map((o: any) => [o.theme, o.number])).toEqual([['CHILDHOOD', 3]]);
    expect(actionsOf(search.data.roadmap).map((a: any) => a.title)).toEqual([
      'Mise en place d’actions et projets partenariaux sur le territoire auprès des jeunes (élaboration d’un « violentomètre », ...)'.replace(
        /’/g,
        "'",
      ),
    ]);
    const youthDone = await server.gql(TREE, { filter: { ...CTG, networkSlug: 'jeunesse', statuses: ['IN_PROGRESS', 'DONE'] } });
    const actions = actionsOf(youthDone.data.roadmap);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a: any) => a.network.slug === 'jeunesse' && ['IN_PROGRESS', 'DONE'].includes(a.status))).toBe(true);
    expect(youthDone.data.roadmap.every((o: any) => o.theme === 'YOUTH' && o.objectives.length > 0)).toBe(true);
    const nothing = await server.gql(TREE, { filter: { ...CTG, networkSlug: 'pas-un-reseau' } });
    expect(nothing.data.roadmap).toEqual([]);
  });

  it('reads the whole roadmap in a fixed number of statements, for one theme or all seven', async () => {
    const count = async (theme: string | null, headers: Record<string, string>) => {
      server.statements.length = 0;
      const { errors } = await server.gql(TREE, { theme, filter: CTG }, headers);
      expect(errors).toBeUndefined();
      const kept = server.statements.filter((s) => !/\b(session|rate_limit)\b/.test(s));
      if (process.env.SHOW_SQL) console.log(theme, kept.map((s) => s.slice(0, 260)).join('\n'));
      return kept.length;
    };
    for (const headers of [{}, admin, youth]) {
      // Parenting's updates are by another account than the admin's own (already read with its session).
      const one = await count('PARENTING', headers);
      const all = await count(null, headers);
      expect(all).toBe(one);
      expect(all).toBeLessThanOrEqual(16);
    }
  });

  it("reads the roadmap actions of a page of meetings in one statement, whatever the page's size", async () => {
    const page = `query($first: Int) { meetings(filter: { networkSlug: "parentalite" }, first: $first) {
      edges { node { id roadmapActions { id title status } } } } }`;
    const count = async (first: number) => {
      server.statements.length = 0;
      const { data, errors } = await server.gql(page, { first }, admin);
      expect(errors).toBeUndefined();
      return {
        statements: server.statements.length,
        linked: data.meetings.edges.filter((e: any) => e.node.roadmapActions.length).length,
      };
    };
    const small = await count(2);
    const large = await count(12);
    expect(large.linked).toBeGreaterThan(small.linked);
    expect(large.statements).toBe(small.statements);
  });
});
