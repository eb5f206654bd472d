import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMembership,
  addService,
  adminHeaders,
  createAccount,
  createAnimator,
  createNetwork,
  createOrganization,
  createPartner,
  createPerson,
  uniqueTag,
  type Person,
} from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { createRoadmapActions } from '../roadmap/roadmap.test-support';

/**
 * Every role against every protected operation: what is granted, and — as much — what is denied.
 * The world is this file's own, shaped like the demo's: the partner's structure is a member of the
 * network the animator animates and of the one the other animator animates (as Le Forum is of the
 * parenting network and the AVS commission); the animator's structure is also a member of the
 * other animator's network (as Nini Chaize is of the AVS commission).
 */
type Role = 'anonymous' | 'partner' | 'animator' | 'otherAnimator' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
const ROLES: Role[] = ['anonymous', 'partner', 'animator', 'otherAnimator', 'admin'];

let server: TestServer;
const headers: Record<Role, Record<string, string>> = {} as never;
const ids: Record<string, string> = {};
const people: Record<string, Person> = {};

beforeAll(async () => {
  server = await startTestServer();
  const partner = await createPartner(server);
  const animator = await createAnimator(server);
  const otherAnimator = await createAnimator(server);
  headers.anonymous = {};
  headers.partner = partner.account.headers;
  headers.animator = animator.account.headers;
  headers.otherAnimator = otherAnimator.account.headers;
  headers.admin = await adminHeaders(server);
  ids.partnerOrganization = partner.organization.id;
  ids.animatorOrganization = animator.organization.id;
  ids.network = animator.network.slug;
  ids.networkId = animator.network.id;
  ids.partnerService = (await addService(server, ids.partnerOrganization)).id;
  ids.partnerMembership = (
    await addMembership(server, { network: animator.network.slug, organizationId: ids.partnerOrganization })
  ).id;
  await addMembership(server, { network: otherAnimator.network.slug, organizationId: ids.partnerOrganization });
  await addMembership(server, { network: otherAnimator.network.slug, organizationId: ids.animatorOrganization });
  people.partner = partner.person;
  people.colleague = await createPerson(server, ids.partnerOrganization);
  people.animator = animator.person;
  people.otherAnimator = otherAnimator.person;
  // A structure that shares no network with any of them (as the ADIL, in the housing network only).
  const outsider = await createOrganization(server);
  ids.outsider = outsider.slug;
  people.outsider = await createPerson(server, outsider.id);
  await createNetwork(server, { animator: { organizationId: outsider.id, personId: people.outsider.id } });
  ids.partnerSlug = partner.organization.slug;
  ids.animatorSlug = animator.organization.slug;
  ids.otherAnimatorSlug = otherAnimator.organization.slug;
  ids.newcomer = (await createOrganization(server)).id;
});
afterAll(() => server.close());

function outcomeOf(response: { errors?: Array<{ extensions?: { code?: string } }> }): string {
  return response.errors ? (response.errors[0].extensions?.code ?? 'ERROR') : 'ok';
}

const SERVICE = {
  name: 'Permanence du mardi',
  themes: ['HOUSING'],
  audiences: ['ALL'],
  modes: ['ON_SITE'],
  communesServed: [],
};

/** Each attempt names a person of its own, of one newcomer structure, so that a granted one never meets a CONFLICT. */
async function addNetworkMember(role: Role) {
  const person = await createPerson(server, ids.newcomer);
  return server.gql(
    `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id role } }`,
    { input: { networkSlug: ids.network, organizationId: ids.newcomer, personId: person.id, role: 'MEMBER' } },
    headers[role],
  );
}

const operations: Array<{ name: string; expected: Record<Role, Outcome>; run: (role: Role) => Promise<any> }> = [
  {
    name: 'users (list accounts)',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      partner: 'FORBIDDEN',
      animator: 'FORBIDDEN',
      otherAnimator: 'FORBIDDEN',
      admin: 'ok',
    },
    run: (role) => server.gql(`{ users { totalCount edges { node { email role } } } }`, undefined, headers[role]),
  },
  {
    name: 'auditLog',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      partner: 'FORBIDDEN',
      animator: 'FORBIDDEN',
      otherAnimator: 'FORBIDDEN',
      admin: 'ok',
    },
    run: (role) => server.gql(`{ auditLog(first: 5) { totalCount } }`, undefined, headers[role]),
  },
  {
    name: 'erasureRequests',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      partner: 'FORBIDDEN',
      animator: 'FORBIDDEN',
      otherAnimator: 'FORBIDDEN',
      admin: 'ok',
    },
    run: (role) => server.gql(`{ erasureRequests { id } }`, undefined, headers[role]),
  },
  {
    name: 'pendingInvitations',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      partner: 'FORBIDDEN',
      animator: 'FORBIDDEN',
      otherAnimator: 'FORBIDDEN',
      admin: 'ok',
    },
    run: (role) => server.gql(`{ pendingInvitations { id } }`, undefined, headers[role]),
  },
  {
    name: 'inviteUser',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      partner: 'FORBIDDEN',
      animator: 'FORBIDDEN',
      otherAnimator: 'FORBIDDEN',
      admin: 'ok',
    },
    run: (role) =>
      server.gql(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`,
        { input: { email: `matrix-${role}-${uniqueTag()}@exemple.fr`, displayName: 'Invité', role: 'PARTNER' } },
        headers[role],
      ),
  },
  {
    name: 'myPersonalData',
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', animator: 'ok', otherAnimator: 'ok', admin: 'ok' },
    run: (role) => server.gql(`{ myPersonalData }`, undefined, headers[role]),
  },
  {
    name: "updateOrganization (the partner's structure)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', animator: 'FORBIDDEN', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: (role) =>
      server.gql(
        `mutation($id: ID!) { updateOrganization(id: $id, input: { openingHours: "Mo-Fr 09:00-12:00" }) { openingHours } }`,
        { id: ids.partnerOrganization },
        headers[role],
      ),
  },
  {
    name: "updateOrganization (the animator's structure)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', animator: 'ok', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: (role) =>
      server.gql(
        `mutation($id: ID!) { updateOrganization(id: $id, input: { openingHours: "Tu-Sa 09:00-18:00" }) { openingHours } }`,
        { id: ids.animatorOrganization },
        headers[role],
      ),
  },
  {
    name: "addService (the partner's structure)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', animator: 'FORBIDDEN', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: (role) =>
      server.gql(
        `mutation($id: ID!, $input: ServiceInput!) { addService(organizationId: $id, input: $input) { id } }`,
        { id: ids.partnerOrganization, input: SERVICE },
        headers[role],
      ),
  },
  {
    name: "confirmService (the partner's structure)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'ok', animator: 'FORBIDDEN', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: (role) =>
      server.gql(`mutation($id: ID!) { confirmService(id: $id) { needsUpdate } }`, { id: ids.partnerService }, headers[role]),
  },
  {
    name: "addMembership (the animator's network)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', animator: 'ok', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: (role) => addNetworkMember(role),
  },
  {
    name: "changeMembershipRole (the animator's network)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', animator: 'ok', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: (role) =>
      server.gql(
        `mutation($id: ID!) { changeMembershipRole(id: $id, role: MEMBER) { role } }`,
        { id: ids.partnerMembership },
        headers[role],
      ),
  },
  {
    name: "removeMembership (the animator's network)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', animator: 'ok', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: async (role) => {
      const created = await addNetworkMember('admin');
      return server.gql(`mutation($id: ID!) { removeMembership(id: $id) }`, { id: created.data.addMembership.id }, headers[role]);
    },
  },
  {
    name: 'changeUserRole / setUserDisabled',
    expected: {
      anonymous: 'UNAUTHENTICATED',
      partner: 'FORBIDDEN',
      animator: 'FORBIDDEN',
      otherAnimator: 'FORBIDDEN',
      admin: 'ok',
    },
    run: async (role) => {
      const target = await createAccount(server, 'PARTNER');
      const changed = await server.gql(
        `mutation($id: ID!) { changeUserRole(id: $id, role: ANIMATOR) { role } }`,
        { id: target.userId },
        headers[role],
      );
      const disabled = await server.gql(
        `mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabledAt } }`,
        { id: target.userId },
        headers[role],
      );
      expect(outcomeOf(disabled)).toBe(outcomeOf(changed));
      return changed;
    },
  },
  {
    name: "updateRoadmapAction (an action of the animator's network)",
    expected: { anonymous: 'UNAUTHENTICATED', partner: 'FORBIDDEN', animator: 'ok', otherAnimator: 'FORBIDDEN', admin: 'ok' },
    run: async (role) => {
      const { actionIds } = await createRoadmapActions(server, ids.networkId);
      return server.gql(
        `mutation($id: ID!) { updateRoadmapAction(id: $id, status: IN_PROGRESS, comment: "Lancée") { status } }`,
        { id: actionIds[0] },
        headers[role],
      );
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
  type Contact = { email: string | null; phone: string | null };
  const byEmail = (a: Contact, b: Contact) => String(a.email).localeCompare(String(b.email));

  /** The email and phone of each person of a structure, as the role sees them. */
  const seenBy = async (role: Role, slug: string): Promise<Contact[]> => {
    const { data } = await server.gql(
      `query($slug: String!) { organization(slug: $slug) { people { email phone } } }`,
      { slug },
      headers[role],
    );
    return [...data.organization.people].sort(byEmail);
  };
  const shown = (...persons: Person[]) => persons.map(({ email, phone }) => ({ email, phone })).sort(byEmail);
  const hidden = (...persons: Person[]) => persons.map(() => ({ email: null, phone: null }));

  it('anonymous visitors see no email or phone, anywhere', async () => {
    expect(await seenBy('anonymous', ids.partnerSlug)).toEqual(hidden(people.partner, people.colleague));
    expect(await seenBy('anonymous', ids.animatorSlug)).toEqual(hidden(people.animator));
    expect(await seenBy('anonymous', ids.outsider)).toEqual(hidden(people.outsider));
  });

  it('a partner sees colleagues and people of the networks their structure shares, not others', async () => {
    expect(await seenBy('partner', ids.partnerSlug)).toEqual(shown(people.partner, people.colleague));
    expect(await seenBy('partner', ids.animatorSlug)).toEqual(shown(people.animator));
    expect(await seenBy('partner', ids.otherAnimatorSlug)).toEqual(shown(people.otherAnimator));
    expect(await seenBy('partner', ids.outsider)).toEqual(hidden(people.outsider));
  });

  it('an animator sees the people of the network they animate; an admin sees everyone', async () => {
    expect(await seenBy('animator', ids.partnerSlug)).toEqual(shown(people.partner, people.colleague));
    expect(await seenBy('animator', ids.outsider)).toEqual(hidden(people.outsider));
    expect(await seenBy('admin', ids.outsider)).toEqual(shown(people.outsider));
  });
});
