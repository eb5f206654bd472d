import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createAnimator, createPartner } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { createRoadmapActions, UPDATE } from './roadmap.test-support';

let server: TestServer;
let A: Awaited<ReturnType<typeof createAnimator>>;
let B: Awaited<ReturnType<typeof createAnimator>>;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  A = await createAnimator(server);
  B = await createAnimator(server);
  admin = await signIn(server, DEMO.admin);
});
afterAll(() => server?.close());

const update = (headers: Record<string, string>, variables: Record<string, unknown>) => server.gql(UPDATE, variables, headers);

describe('following a roadmap action', () => {
  it("lets the animators of the action's network update it, with a dated entry in its history", async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const before = Date.now();
    const { data, errors } = await update(A.account.headers, { id: actionIds[0], status: 'IN_PROGRESS', comment: ' Lancée  ' });
    expect(errors).toBeUndefined();
    const action = data.updateRoadmapAction;
    expect(action).toMatchObject({ status: 'IN_PROGRESS', revision: 1, viewerCan: { update: true, linkWork: true } });
    expect(action.updates).toEqual([
      expect.objectContaining({ revision: 1, status: 'IN_PROGRESS', comment: 'Lancée', authorName: 'Compte de test' }),
    ]);
    expect(new Date(action.updates[0].at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Their own account is theirs to read; the coordination reads every author.
    expect(action.updates[0].author).toEqual({ id: A.account.userId });
  });

  it('refuses animators of other networks, partners and anonymous visitors; admins update every action', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const id = actionIds[0];
    const partner = await createPartner(server);
    const other = await update(B.account.headers, { id, status: 'DONE' });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_UPDATE_ACTION' });
    expect((await update(partner.account.headers, { id, status: 'DONE' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await update({}, { id, status: 'DONE' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const byAdmin = await update(admin, { id, status: 'DONE', comment: 'Bilan fait en comité' });
    expect(byAdmin.data.updateRoadmapAction).toMatchObject({ status: 'DONE', revision: 1 });
    // An animator (by role) without an animating membership is no animator of this network either.
    const loneAnimator = await createAccount(server, 'ANIMATOR');
    expect((await update(loneAnimator.headers, { id, status: 'NOT_STARTED' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('leaves an action without a network to the coordination', async () => {
    const { actionIds } = await createRoadmapActions(server, null);
    expect((await update(A.account.headers, { id: actionIds[0], status: 'DONE' })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await update(admin, { id: actionIds[0], status: 'DONE' })).errors).toBeUndefined();
  });

  it('records two simultaneous updates, both, numbered in the order they landed', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const id = actionIds[0];
    const results = await Promise.all([
      update(A.account.headers, { id, status: 'IN_PROGRESS', comment: 'Première' }),
      update(admin, { id, status: 'DONE', comment: 'Seconde' }),
      update(A.account.headers, { id, status: 'ABANDONED', comment: 'Troisième' }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const { data } = await server.gql(
      `query($id: ID!) { roadmapAction(id: $id) { status revision updates { revision status comment at } } }`,
      { id },
      admin,
    );
    const { updates, status, revision } = data.roadmapAction;
    expect(updates.map((u: any) => u.revision)).toEqual([1, 2, 3]);
    expect(new Set(updates.map((u: any) => u.comment))).toEqual(new Set(['Première', 'Seconde', 'Troisième']));
    expect(revision).toBe(3);
    expect(status).toBe(updates[2].status);
    const times = updates.map((u: any) => new Date(u.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses a form filled from an older revision, and an update that records nothing', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const id = actionIds[0];
    expect((await update(A.account.headers, { id, status: 'IN_PROGRESS', rev: 0 })).errors).toBeUndefined();
    const stale = await update(admin, { id, status: 'DONE', rev: 0 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION' });
    const nothing = await update(A.account.headers, { id, status: 'IN_PROGRESS', comment: '   ' });
    expect(nothing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOTHING_TO_RECORD' });
    // A comment alone is an update: the status stays.
    const comment = await update(A.account.headers, { id, status: 'IN_PROGRESS', comment: 'Point d’étape', rev: 1 });
    expect(comment.data.updateRoadmapAction).toMatchObject({ status: 'IN_PROGRESS', revision: 2 });
    const long = await update(A.account.headers, { id, status: 'DONE', comment: 'x'.repeat(2001) });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows the history to signed-in users only, and authors’ accounts to those who may read them', async () => {
    const { actionIds } = await createRoadmapActions(server, A.network.id);
    const id = actionIds[0];
    await update(A.account.headers, { id, status: 'IN_PROGRESS', comment: 'Lancée' });
    const read = async (headers: Record<string, string>) =>
      (
        await server.gql(
          `query($id: ID!) { roadmapAction(id: $id) { status updates { authorName author { id } } viewerCan { update } } }`,
          { id },
          headers,
        )
      ).data.roadmapAction;
    expect(await read({})).toEqual({ status: 'IN_PROGRESS', updates: [], viewerCan: { update: false } });
    expect(await read(B.account.headers)).toEqual({
      status: 'IN_PROGRESS',
      updates: [{ authorName: 'Compte de test', author: null }],
      viewerCan: { update: false },
    });
    expect((await read(admin)).updates[0].author).toEqual({ id: A.account.userId });
  });

  it('answers node(id) for actions, objectives and orientations, to everyone', async () => {
    const { actionIds, objectiveId, orientationId } = await createRoadmapActions(server, A.network.id);
    const { data } = await server.gql(
      `query($a: ID!, $b: ID!, $c: ID!) {
        a: node(id: $a) { ... on RoadmapAction { title network { id } } }
        b: node(id: $b) { ... on RoadmapObjective { title orientation { id } } }
        c: node(id: $c) { ... on RoadmapOrientation { theme territory { slug } } }
      }`,
      { a: actionIds[0], b: objectiveId, c: orientationId },
    );
    expect(data.a.network.id).toBe(A.network.id);
    expect(data.b.orientation.id).toBe(orientationId);
    expect(data.c).toEqual({ theme: 'HOUSING', territory: { slug: 'tests' } });
  });
});
