import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, freshAccount, signIn, startTestServer, type TestServer } from '../../test/test-server';

/**
 * Every role against every protected operation: what is granted, and — as much — what is denied.
 * partner = Le Forum; parenting = animator of the parenting network (Nini Chaize);
 * avs = animator of the AVS commission (Caf); admin = CTG coordination.
 */
type Role = 'anonymous' | 'partner' | 'parenting' | 'avs' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ROLES: Role[] = ['anonymous', 'partner', 'parenting', 'avs', 'admin'];

let server: TestServer;
const headers: Record<Role, Record<string, string>> = {} as never;
const ids: Record<string, string> = {};

async function idOf(slug: string) {
  const { data } = await server.gql(`query($slug: String!) { organization(slug: $slug) { id services { id } } }`, { slug });
  return data.organization as { id: string; services: Array<{ id: string }> };
}

beforeAll(async () => {
  server = await startTestServer();
  headers.anonymous = {};
  headers.partner = await signIn(server, DEMO.partner);
  headers.parenting = await signIn(server, DEMO.parentingAnimator);
  headers.avs = await signIn(server, DEMO.avsAnimator);
  headers.admin = await signIn(server, DEMO.admin);
  const forum = await idOf('evs-le-forum');
  ids.forum = forum.id;
  ids.forumService = forum.services[0].id;
  ids.niniChaize = (await idOf('centre-social-nini-chaize')).id;
  const { data } = await server.gql(`{ network(slug: "parentalite") { memberships { id role } } }`);
  ids.parentingMembership = data.network.memberships.find((m: any) => m.role === 'MEMBER').id;
});
afterAll(() => server.close());

function outcomeOf(response: { errors?: Array<{ extensions?: { code?: string } }> }): string {
  return response.errors ? (response.errors[0].extensions?.code ?? 'ERROR') : 'ok';
}

const SERVICE = { name: 'Atelier numérique du mardi', themes: ['RIGHTS_AND_DIGITAL_INCLUSION'], audiences: ['ALL'], modes: ['ON_SITE'], communesServed: ['26289'] };
const ADD_MEMBER_TO_PARENTING: Record<Role, string> = {
  anonymous: 'adil', partner: 'soliha', parenting: 'solidarloc', avs: 'compagnons-batisseurs', admin: 'solidarite-habitat',
};

async function addParentingMember(role: Role, slug: string) {
  const organization = await idOf(slug);
  return server.gql(
    `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id role } }`,
    { input: { networkSlug: 'parentalite', organizationId: organization.id, role: 'MEMBER' } },
    headers[role],
  );
}

const operations: Array<{ name: string; expected: Record<Role, Outcome>; run: (role: Role) => Promise<any> }> = [
  {
    name: 'users (list accounts)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(`{ users { totalCount edges { node { email role } } } }`, undefined, headers[role]),
  },
  {
    name: 'auditLog',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(`{ auditLog(first: 5) { totalCount } }`, undefined, headers[role]),
  },
  {
    name: 'erasureRequests',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(`{ erasureRequests { id } }`, undefined, headers[role]),
  },
  {
    name: 'pendingInvitations',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(`{ pendingInvitations { id } }`, undefined, headers[role]),
  },
  {
    name: 'inviteUser',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`,
      { input: { email: `matrix-${role}-${Date.now()}@exemple.fr`, displayName: 'Invité', role: 'PARTNER' } },
      headers[role],
    ),
  },
  {
    name: 'myPersonalData',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', parenting: 'ok', avs: 'ok', admin: 'ok' },
    run: (role) => server.gql(`{ myPersonalData }`, undefined, headers[role]),
  },
  {
    name: 'updateOrganization (Le Forum)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { openingHours: "Mo-Fr 09:00-12:00" }) { openingHours } }`,
      { id: ids.forum }, headers[role],
    ),
  },
  {
    name: 'updateOrganization (Nini Chaize)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'ok', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { openingHours: "Tu-Sa 09:00-18:00" }) { openingHours } }`,
      { id: ids.niniChaize }, headers[role],
    ),
  },
  {
    name: 'addService (Le Forum)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(
      `mutation($id: ID!, $input: ServiceInput!) { addService(organizationId: $id, input: $input) { id } }`,
      { id: ids.forum, input: SERVICE }, headers[role],
    ),
  },
  {
    name: 'confirmService (Le Forum)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(`mutation($id: ID!) { confirmService(id: $id) { needsUpdate } }`, { id: ids.forumService }, headers[role]),
  },
  {
    name: 'addMembership (parenting network)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'ok', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => addParentingMember(role, ADD_MEMBER_TO_PARENTING[role]),
  },
  {
    name: 'changeMembershipRole (parenting network)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'ok', avs: 'FORBIDDEN', admin: 'ok' },
    run: (role) => server.gql(
      `mutation($id: ID!) { changeMembershipRole(id: $id, role: MEMBER) { role } }`, { id: ids.parentingMembership }, headers[role],
    ),
  },
  {
    name: 'removeMembership (parenting network)',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'ok', avs: 'FORBIDDEN', admin: 'ok' },
    run: async (role) => {
      const created = await addParentingMember('admin', 'udaf-drome');
      const response = await server.gql(`mutation($id: ID!) { removeMembership(id: $id) }`, { id: created.data.addMembership.id }, headers[role]);
      if (response.errors) await server.gql(`mutation($id: ID!) { removeMembership(id: $id) }`, { id: created.data.addMembership.id }, headers.admin);
      return response;
    },
  },
  {
    name: 'changeUserRole / setUserDisabled',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', parenting: 'FORBIDDEN', avs: 'FORBIDDEN', admin: 'ok' },
    run: async (role) => {
      const target = await freshAccount(server);
      const changed = await server.gql(`mutation($id: ID!) { changeUserRole(id: $id, role: ANIMATOR) { role } }`, { id: target.userId }, headers[role]);
      const disabled = await server.gql(`mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabledAt } }`, { id: target.userId }, headers[role]);
      expect(outcomeOf(disabled)).toBe(outcomeOf(changed));
      return changed;
    },
  },
];

describe('authorization matrix', () => {
  for (const operation of operations) {
    for (const role of ROLES) {
      it(`${operation.name} — ${role}: ${operation.expected[role]}`, async () => {
        const response = await operation.run(role);
        expect(outcomeOf(response)).toBe(operation.expected[role]);
        if (response.errors) expect(response.errors[0].message).toMatch(/[a-zàâçéèêëîïôûù]/i);
        else expect(response.data).toBeTruthy();
      });
    }
  }
});

describe('contact details by role', () => {
  const PEOPLE = `query($slug: String!) { organization(slug: $slug) { people { email phone } } }`;
  const visible = async (role: Role, slug: string) => {
    const { data } = await server.gql(PEOPLE, { slug }, headers[role]);
    return data.organization.people.every((p: any) => p.email !== null);
  };

  it('anonymous visitors see no email or phone, anywhere', async () => {
    expect(await visible('anonymous', 'evs-le-forum')).toBe(false);
    const { data } = await server.gql(PEOPLE, { slug: 'caf-drome' });
    expect(data.organization.people.every((p: any) => p.email === null && p.phone === null)).toBe(true);
  });

  it('a partner sees colleagues and people of the networks their structure shares, not others', async () => {
    expect(await visible('partner', 'evs-le-forum')).toBe(true);
    expect(await visible('partner', 'caf-drome')).toBe(true); // both in the AVS commission
    expect(await visible('partner', 'adil')).toBe(false); // housing network only
  });

  it('an animator sees the people of the network they animate; an admin sees everyone', async () => {
    expect(await visible('parenting', 'laep-tiss-ages')).toBe(true);
    expect(await visible('parenting', 'adil')).toBe(false);
    expect(await visible('admin', 'adil')).toBe(true);
  });
});
