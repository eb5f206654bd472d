import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMembership,
  adminHeaders,
  createAnimator,
  createNetwork,
  createOrganization,
  createPartner,
} from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';

let server: TestServer;
let admin: Record<string, string>;
/** Two networks with their animators, a third with none, and a partner of none of them. */
let a: Awaited<ReturnType<typeof createAnimator>>;
let b: Awaited<ReturnType<typeof createAnimator>>;
let c: { id: string; slug: string; name: string };
let partner: Awaited<ReturnType<typeof createPartner>>;

const LINK = `mutation($from: String!, $to: String!, $kind: NetworkLinkKind!, $description: String, $source: String) {
  linkNetworks(fromSlug: $from, toSlug: $to, kind: $kind, description: $description, source: $source) {
    id kind description source from { slug } to { slug } viewerCan { manage }
  }
}`;
const UPDATE = `mutation($id: ID!, $description: String) { updateNetworkLink(id: $id, description: $description) { id description } }`;
const UNLINK = `mutation($id: ID!) { unlinkNetworks(id: $id) }`;
const LISTS = `{ networkLinks { id kind from { slug } to { slug }
  sharedOrganizations { id name } jointMeetings { id title } sharedTrainings { id title } } }`;

const link = (as: Record<string, string>, from: string, to: string, kind: string, extra: Record<string, unknown> = {}) =>
  server.gql(LINK, { from, to, kind, ...extra }, as);

async function linkOrThrow(from: string, to: string, kind: string, extra: Record<string, unknown> = {}) {
  const response = await link(admin, from, to, kind, extra);
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data.linkNetworks as { id: string };
}

async function scheduleMeeting(networkSlugs: string[], title: string, draft = false) {
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const response = await server.gql(
    `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
    {
      input: {
        networkSlugs,
        title,
        kind: networkSlugs.length > 1 ? 'JOINT_MEETING' : 'NETWORK_MEETING',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        draft,
      },
    },
    admin,
  );
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data.scheduleMeeting.id as string;
}

async function createTraining(networkSlugs: string[], title: string, isPublic = false) {
  const startsAt = new Date(Date.now() + 40 * 86_400_000);
  const session = { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString() };
  const response = await server.gql(
    `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`,
    { input: { title, networkSlugs, capacity: 12, sessions: [session], isPublic } },
    admin,
  );
  if (response.errors) throw new Error(response.errors[0].message);
  return response.data.createTraining.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await adminHeaders(server);
  a = await createAnimator(server);
  b = await createAnimator(server);
  c = await createNetwork(server);
  partner = await createPartner(server);
});
afterAll(() => server?.close());

describe('linkNetworks: who may link', () => {
  it('lets the animator of either network link it, in one transaction with its audit entry', async () => {
    const fromMine = await link(a.account.headers, a.network.slug, c.slug, 'REFERRAL', { description: '  Orientation  ' });
    expect(fromMine.errors).toBeUndefined();
    expect(fromMine.data.linkNetworks).toMatchObject({
      kind: 'REFERRAL',
      description: 'Orientation',
      from: { slug: a.network.slug },
      to: { slug: c.slug },
      viewerCan: { manage: true },
    });
    const toMine = await link(a.account.headers, c.slug, a.network.slug, 'JOINT_PROJECT');
    expect(toMine.errors).toBeUndefined();
    const audit = await server.gql(
      `query($t: ID!) { auditLog(targetId: $t) { edges { node { action } } } }`,
      {
        t: fromMine.data.linkNetworks.id,
      },
      admin,
    );
    expect(audit.data.auditLog.edges.map((e: any) => e.node.action)).toEqual(['linkNetworks']);
  });

  it('refuses the animator of neither network, partners and anonymous visitors', async () => {
    const other = await link(b.account.headers, a.network.slug, c.slug, 'TRANSVERSALITY');
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_LINK' });
    expect(other.errors?.[0].message).toMatch(/animateurs/);
    const asPartner = await link(partner.account.headers, a.network.slug, c.slug, 'TRANSVERSALITY');
    expect(asPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await link({}, a.network.slug, c.slug, 'TRANSVERSALITY');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets the admin link any two networks', async () => {
    const response = await link(admin, b.network.slug, c.slug, 'TRANSVERSALITY');
    expect(response.errors).toBeUndefined();
    expect(response.data.linkNetworks.viewerCan.manage).toBe(true);
  });
});

describe('viewerCan', () => {
  it('offers to link a network to its animators and the admin only', async () => {
    const can = async (as: Record<string, string>, slug: string) =>
      (await server.gql(`query($slug: String!) { network(slug: $slug) { viewerCan { linkNetworks } } }`, { slug }, as)).data
        .network.viewerCan.linkNetworks;
    expect(await can(a.account.headers, a.network.slug)).toBe(true);
    expect(await can(a.account.headers, b.network.slug)).toBe(false);
    expect(await can(admin, c.slug)).toBe(true);
    expect(await can(partner.account.headers, a.network.slug)).toBe(false);
    expect(await can({}, a.network.slug)).toBe(false);
  });
});

describe('linkNetworks: errors', () => {
  it('refuses a network linked to itself and unknown slugs, in French', async () => {
    const same = await link(admin, c.slug, c.slug, 'TRANSVERSALITY');
    expect(same.errors?.[0]).toMatchObject({
      message: 'Un réseau ne peut pas être relié à lui-même.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'SAME_NETWORK', field: 'toSlug' },
    });
    const unknownFrom = await link(admin, 'pas-un-reseau', c.slug, 'TRANSVERSALITY');
    expect(unknownFrom.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'FROM_NETWORK_UNKNOWN',
      field: 'fromSlug',
    });
    const unknownTo = await link(admin, c.slug, 'pas-un-reseau', 'TRANSVERSALITY');
    expect(unknownTo.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'TO_NETWORK_UNKNOWN' });
  });

  it('answers CONFLICT for a second link of the same kind, either way round when the kind is symmetric', async () => {
    const x = await createNetwork(server);
    const y = await createNetwork(server);
    await linkOrThrow(x.slug, y.slug, 'TRANSVERSALITY', { description: 'Première' });
    const again = await link(admin, x.slug, y.slug, 'TRANSVERSALITY');
    expect(again.errors?.[0]).toMatchObject({
      message: 'Ces deux réseaux sont déjà reliés par un lien de ce type.',
      extensions: { code: 'CONFLICT', reason: 'ALREADY_LINKED' },
    });
    const reversed = await link(admin, y.slug, x.slug, 'TRANSVERSALITY');
    expect(reversed.errors?.[0].extensions?.reason).toBe('ALREADY_LINKED');
    // Another kind between the same networks is another link.
    expect((await link(admin, y.slug, x.slug, 'JOINT_PROJECT')).errors).toBeUndefined();
  });

  it('keeps a referral directed: each network may orient towards the other', async () => {
    const x = await createNetwork(server);
    const y = await createNetwork(server);
    await linkOrThrow(x.slug, y.slug, 'REFERRAL');
    expect((await link(admin, x.slug, y.slug, 'REFERRAL')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await link(admin, y.slug, x.slug, 'REFERRAL')).errors).toBeUndefined();
  });

  it('refuses an over-long description', async () => {
    const response = await link(admin, a.network.slug, b.network.slug, 'TRANSVERSALITY', { description: 'x'.repeat(1001) });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DESCRIPTION_TOO_LONG' });
  });
});

describe('updateNetworkLink and unlinkNetworks', () => {
  it('are for the animators of either network and the admin', async () => {
    const x = await createNetwork(server);
    const created = await linkOrThrow(a.network.slug, x.slug, 'TRANSVERSALITY');
    const refused = await server.gql(UPDATE, { id: created.id, description: 'Non' }, b.account.headers);
    expect(refused.errors?.[0].extensions?.reason).toBe('CANNOT_LINK');
    const updated = await server.gql(UPDATE, { id: created.id, description: 'Rencontres communes' }, a.account.headers);
    expect(updated.data.updateNetworkLink.description).toBe('Rencontres communes');
    expect((await server.gql(UNLINK, { id: created.id }, b.account.headers)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(UNLINK, { id: created.id }, a.account.headers)).data.unlinkNetworks).toBe(true);
    const gone = await server.gql(UNLINK, { id: created.id }, admin);
    expect(gone.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'LINK_NOT_FOUND' });
    const node = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: created.id }, admin);
    expect(node.data.node).toBeNull();
  });
});

describe('what two linked networks share', () => {
  let x: { slug: string };
  let y: { slug: string };
  let shared: { id: string; name: string };
  let linkId: string;
  let publicMeeting: string;
  let draftMeeting: string;
  let publicTraining: string;
  let privateTraining: string;

  beforeAll(async () => {
    x = await createNetwork(server);
    y = await createNetwork(server);
    shared = await createOrganization(server);
    const onlyX = await createOrganization(server);
    await addMembership(server, { network: x.slug, organizationId: shared.id });
    await addMembership(server, { network: y.slug, organizationId: shared.id, role: 'GUEST' });
    await addMembership(server, { network: x.slug, organizationId: onlyX.id });
    linkId = (await linkOrThrow(x.slug, y.slug, 'JOINT_PROJECT', { source: 'CTG, ligne 582' })).id;
    publicMeeting = await scheduleMeeting([x.slug, y.slug], 'Réunion commune');
    draftMeeting = await scheduleMeeting([x.slug, y.slug], 'Réunion en préparation', true);
    await scheduleMeeting([x.slug], 'Réunion de X seul');
    publicTraining = await createTraining([x.slug, y.slug], 'Formation commune ouverte', true);
    privateTraining = await createTraining([x.slug, y.slug], 'Formation commune réservée');
    await createTraining([y.slug], 'Formation de Y seul', true);
  });

  const readLink = async (as: Record<string, string>) => {
    const response = await server.gql(
      `query($slug: String!) { network(slug: $slug) { links { id source
        sharedOrganizations { id } jointMeetings { id title } sharedTrainings { id } } } }`,
      { slug: x.slug },
      as,
    );
    return response.data.network.links.find((l: any) => l.id === linkId);
  };

  it('lists the organisations that are members of both, each once', async () => {
    const read = await readLink({});
    expect(read.source).toBe('CTG, ligne 582');
    expect(read.sharedOrganizations).toEqual([{ id: shared.id }]);
  });

  it('lists the meetings owned by both, as far as the viewer may read them', async () => {
    const asAdmin = await readLink(admin);
    expect(asAdmin.jointMeetings.map((m: any) => m.id).sort()).toEqual([publicMeeting, draftMeeting].sort());
    // The draft is its managers' alone; the private meeting is for the members of x or y.
    expect((await readLink(partner.account.headers)).jointMeetings).toEqual([]);
    expect((await readLink({})).jointMeetings).toEqual([]);
  });

  it('lists the trainings offered to both, as far as the viewer may see them', async () => {
    const asAdmin = await readLink(admin);
    expect(asAdmin.sharedTrainings.map((t: any) => t.id).sort()).toEqual([publicTraining, privateTraining].sort());
    expect((await readLink({})).sharedTrainings).toEqual([{ id: publicTraining }]);
  });

  it('reads a link through node(id) for anyone', async () => {
    const node = await server.gql(`query($id: ID!) { node(id: $id) { ... on NetworkLink { id kind } } }`, { id: linkId }, {});
    expect(node.data.node).toEqual({ id: linkId, kind: 'JOINT_PROJECT' });
  });
});

describe('networkLinks is batched', () => {
  async function statementsForList() {
    server.statements.length = 0;
    const response = await server.gql(LISTS, {}, admin);
    expect(response.errors).toBeUndefined();
    return { statements: server.statements.length, links: response.data.networkLinks.length };
  }

  it('costs the same statements for more links, with their shared organisations, joint meetings and trainings', async () => {
    const small = await statementsForList();
    for (let i = 0; i < 6; i++) {
      const x = await createNetwork(server);
      const y = await createNetwork(server);
      const organization = await createOrganization(server);
      await addMembership(server, { network: x.slug, organizationId: organization.id });
      await addMembership(server, { network: y.slug, organizationId: organization.id });
      await linkOrThrow(x.slug, y.slug, 'TRANSVERSALITY');
      await scheduleMeeting([x.slug, y.slug], `Réunion commune ${i}`);
      await createTraining([x.slug, y.slug], `Formation commune ${i}`);
    }
    const large = await statementsForList();
    console.info(
      `networkLinks: ${small.statements} SQL statements for ${small.links} links, ${large.statements} for ${large.links}`,
    );
    expect(large.links).toBeGreaterThanOrEqual(small.links + 6);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });
});
