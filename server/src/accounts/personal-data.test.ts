import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAccount, createNetwork, createOrganization, createPerson, uniqueTag } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('personal-data rights', () => {
  it('lets a person download what Maillage holds, ask for erasure, and be anonymised by an admin', async () => {
    const admin = await signIn(server, DEMO.admin);
    // The person is anonymised at the end: a structure and a network of this test's own, so that no
    // other file finds a contact without email among the demo structure's people.
    const organization = await createOrganization(server);
    const network = await createNetwork(server);
    const email = `nadia.testeuse-${uniqueTag()}@exemple.fr`;
    const { id: personId } = await createPerson(server, organization.id, {
      firstName: 'Nadia',
      lastName: 'Testeuse',
      email,
      phone: '06 00 00 00 01',
    });
    await addMembership(server, { network: network.slug, organizationId: organization.id, personId, role: 'MEMBER' });
    const account = await createAccount(server, 'PARTNER', personId);

    const mine = JSON.parse((await server.gql(`{ myPersonalData }`, undefined, account.headers)).data.myPersonalData);
    expect(mine.account.email).toBe(account.email);
    expect(mine.person).toMatchObject({ firstName: 'Nadia', email, phone: '06 00 00 00 01' });
    expect(mine.memberships).toContainEqual(expect.objectContaining({ role: 'MEMBER' }));

    const request = await server.gql(
      `mutation { requestErasure(reason: "Je quitte le territoire") { id status } }`,
      undefined,
      account.headers,
    );
    expect(request.data.requestErasure.status).toBe('PENDING');
    expect(
      (await server.gql(`mutation { requestErasure { id } }`, undefined, account.headers)).errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    const own = await server.gql(`{ myErasureRequests { status reason } }`, undefined, account.headers);
    expect(own.data.myErasureRequests).toEqual([{ status: 'PENDING', reason: 'Je quitte le territoire' }]);

    const pending = await server.gql(`{ erasureRequests(status: PENDING) { id user { email } } }`, undefined, admin);
    expect(pending.data.erasureRequests).toContainEqual({ id: request.data.requestErasure.id, user: { email: account.email } });
    const done = await server.gql(
      `mutation($id: ID!) { handleErasureRequest(id: $id, approve: true) { status } }`,
      { id: request.data.requestErasure.id },
      admin,
    );
    expect(done.data.handleErasureRequest.status).toBe('DONE');

    // The person stays (history holds) but says nothing about who they were.
    const person = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Person { firstName lastName email phone memberships { network { slug } } } } }`,
      { id: personId },
      admin,
    );
    expect(person.data.node).toMatchObject({ firstName: 'Personne', lastName: 'anonymisée', email: null, phone: null });
    expect(person.data.node.memberships).toHaveLength(1);
    expect((await server.gql(`{ me { id } }`, undefined, account.headers)).data.me).toBeNull();
    const login = await server.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: account.email,
      p: account.password,
    });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const audit = await server.gql(
      `query($t: ID!) { auditLog(targetId: $t) { edges { node { details } } } }`,
      { t: personId },
      admin,
    );
    expect(audit.data.auditLog.edges.every((e: any) => !e.node.details.includes('nadia'))).toBe(true);
  });

  it('lets an invitation link be used once only', async () => {
    const admin = await signIn(server, DEMO.admin);
    const invited = await server.gql(
      `mutation($email: String!) { inviteUser(input: { email: $email, displayName: "Une Fois", role: PARTNER }) { link } }`,
      { email: `une-fois-${uniqueTag()}@exemple.fr` },
      admin,
    );
    const token = invited.data.inviteUser.link.split('/').pop();
    const accept = () =>
      server.gql(`mutation($t: String!) { acceptInvitation(token: $t, password: "un-mot-de-passe-solide") { user { email } } }`, {
        t: token,
      });
    const [a, b] = await Promise.all([accept(), accept()]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions?.code : 'ok')).sort();
    expect(outcomes).toEqual(['BAD_USER_INPUT', 'ok']);
    const short = await server.gql(`mutation { acceptInvitation(token: "x", password: "court") { token } }`);
    expect(short.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
      message: expect.stringMatching(/12 caractères/),
    });
  });
});
