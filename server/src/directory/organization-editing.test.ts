import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Service } from './service.entity';
import { adminHeaders, createAnimator, createOrganization, createPartner, type Ids } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
let partner: Record<string, string>;
let partnerEmail: string;
let admin: Record<string, string>;
/** The partner's own structure: these tests edit it, so it is no demo structure another file reads. */
let structure: Ids;

beforeAll(async () => {
  server = await startTestServer();
  const created = await createPartner(server, { website: 'https://essai.example', description: 'Une structure de test.' });
  partner = created.account.headers;
  partnerEmail = created.account.email;
  structure = created.organization;
  admin = await adminHeaders(server);
});
afterAll(() => server.close());

const ADD = `mutation($id: ID!, $input: ServiceInput!) { addService(organizationId: $id, input: $input) { id name updatedAt needsUpdate communesServed { inseeCode } } }`;
const service = (overrides: Record<string, unknown> = {}) => ({
  name: 'Permanence logement',
  description: 'Aide aux demandes de logement social.',
  themes: ['HOUSING'],
  audiences: ['FAMILIES'],
  modes: ['BY_APPOINTMENT'],
  communesServed: ['26289', '26108'],
  ...overrides,
});

describe('a partner keeps their structure up to date', () => {
  it('edits only the fields given, and the change is public at once', async () => {
    const { errors } = await server.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { website: "https://structure-essai.example", publicPhone: "04 75 00 00 00" }) { id } }`,
      { id: structure.id },
      partner,
    );
    expect(errors).toBeUndefined();
    const { data } = await server.gql(`query($slug: String!) { organization(slug: $slug) { website publicPhone description } }`, {
      slug: structure.slug,
    });
    expect(data.organization).toMatchObject({ website: 'https://structure-essai.example', publicPhone: '04 75 00 00 00' });
    expect(data.organization.description).toMatch(/\w/);
  });

  it('answers a bad field with BAD_USER_INPUT, the field, a French message, and changes nothing', async () => {
    const read = async () =>
      (await server.gql(`query($slug: String!) { organization(slug: $slug) { website description } }`, { slug: structure.slug }))
        .data.organization;
    const before = await read();
    const { errors } = await server.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { website: "pas une adresse", description: "Nouvelle description" }) { id } }`,
      { id: structure.id },
      partner,
    );
    expect(errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'website' },
      message: expect.stringMatching(/Adresse de site invalide/),
    });
    expect(await read()).toEqual(before);
  });

  it('adds a service with its communes; an unknown commune writes nothing', async () => {
    const added = await server.gql(ADD, { id: structure.id, input: service() }, partner);
    expect(added.errors).toBeUndefined();
    expect(added.data.addService.communesServed.map((c: any) => c.inseeCode).sort()).toEqual(['26108', '26289']);
    const count = () => server.orm.em.fork().count(Service, { organization: structure.id });
    const before = await count();
    const bad = await server.gql(
      ADD,
      { id: structure.id, input: service({ name: 'Service fantôme', communesServed: ['26289', '99999'] }) },
      partner,
    );
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'communesServed' } });
    expect(await count()).toBe(before);
  });

  it('requires at least one theme, in French', async () => {
    const { errors } = await server.gql(ADD, { id: structure.id, input: service({ themes: [] }) }, partner);
    expect(errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'themes' },
      message: 'Choisissez au moins un thème.',
    });
  });

  it('flags services not updated for a year and clears the flag when confirmed', async () => {
    const { data } = await server.gql(ADD, { id: structure.id, input: service({ name: 'Service ancien' }) }, partner);
    const id = data.addService.id;
    await server.orm.em.fork().nativeUpdate(Service, id, { updatedAt: new Date(Date.now() - 400 * 24 * 3600 * 1000) });
    const stale = await server.gql(`{ servicesToUpdate { id needsUpdate organization { slug } } }`, undefined, partner);
    expect(stale.data.servicesToUpdate).toContainEqual({ id, needsUpdate: true, organization: { slug: structure.slug } });
    await server.gql(`mutation($id: ID!) { confirmService(id: $id) { id } }`, { id }, partner);
    const after = await server.gql(`{ servicesToUpdate { id } }`, undefined, partner);
    expect(after.data.servicesToUpdate.map((s: any) => s.id)).not.toContain(id);
  });

  it('records who changed what in the audit trail, secrets masked', async () => {
    await server.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { openingHours: "Mo 14:00-18:00" }) { id } }`,
      { id: structure.id },
      partner,
    );
    const { data } = await server.gql(
      `query($target: ID!) { auditLog(first: 1, action: "updateOrganization", targetId: $target) { edges { node { action targetId details actor { email } } } } }`,
      { target: structure.id },
      admin,
    );
    const entry = data.auditLog.edges[0].node;
    expect(entry).toMatchObject({ action: 'updateOrganization', targetId: structure.id, actor: { email: partnerEmail } });
    expect(JSON.parse(entry.details).input.openingHours).toBe('Mo 14:00-18:00');
    const logins = await server.gql(`{ auditLog(first: 1, action: "login") { edges { node { details } } } }`, undefined, admin);
    expect(JSON.parse(logins.data.auditLog.edges[0].node.details).password).toBe('[masqué]');
  });
});

describe('animators manage the members of their network', () => {
  it('adds a member with a role, refuses a duplicate with CONFLICT, then removes it', async () => {
    const { network, organization, account } = await createAnimator(server);
    const newcomer = await createOrganization(server);
    const add = () =>
      server.gql(
        `mutation($network: String!, $org: ID!) { addMembership(input: { networkSlug: $network, organizationId: $org, role: GUEST }) { id role organization { slug } } }`,
        { network: network.slug, org: newcomer.id },
        account.headers,
      );
    const first = await add();
    expect(first.data.addMembership).toMatchObject({ role: 'GUEST', organization: { slug: newcomer.slug } });
    expect((await add()).errors?.[0].extensions?.code).toBe('CONFLICT');
    const id = first.data.addMembership.id;
    expect(
      (await server.gql(`mutation($id: ID!) { changeMembershipRole(id: $id, role: MEMBER) { role } }`, { id }, account.headers))
        .data.changeMembershipRole.role,
    ).toBe('MEMBER');
    expect(
      (await server.gql(`mutation($id: ID!) { removeMembership(id: $id) }`, { id }, account.headers)).data.removeMembership,
    ).toBe(true);
    const { data } = await server.gql(`query($slug: String!) { network(slug: $slug) { organizations { slug } } }`, {
      slug: network.slug,
    });
    expect(data.network.organizations.map((o: { slug: string }) => o.slug)).toEqual([organization.slug]);
  });
});
