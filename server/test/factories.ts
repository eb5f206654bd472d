import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Commune } from '../src/directory/commune.entity';
import { OrganizationKind } from '../src/directory/directory.enums';
import { Organization } from '../src/directory/organization.entity';
import { Territory } from '../src/directory/territory.entity';
import { Network } from '../src/networks/network.entity';
import { NetworkKind } from '../src/networks/network.enums';
import { newId } from '../src/shared/ids';
import { DEMO, freshAccount, signIn, type TestServer } from './test-server';

/**
 * Rows a test owns, so that it never edits a demo row another file reads (files run in parallel
 * on one database). Rows users create go through the API, as they would; organisations and
 * networks, which no mutation creates, go through the ORM.
 *
 * Defaults stay out of what other files count or search for: no commune, no service, names that
 * sort after the first pages of the directory (« Structure d'essai … »), housing rather than
 * digital themes (the search tests look for « numérique »), networks in a territory of their own.
 */

let counter = 0;

/** Unique across parallel files (pid), calls within a file (counter) and kept databases (random). */
export function uniqueTag(): string {
  return `${process.pid}-${++counter}-${randomBytes(3).toString('hex')}`;
}

export const TEST_PASSWORD = 'un-mot-de-passe-solide';

export interface Ids {
  id: string;
  slug: string;
  name: string;
}

const adminSessions = new WeakMap<TestServer, Promise<Record<string, string>>>();

/** The demo admin's session, signed in once per server: factories act as the coordination would. */
export function adminHeaders(server: TestServer): Promise<Record<string, string>> {
  if (!adminSessions.has(server)) adminSessions.set(server, signIn(server, DEMO.admin));
  return adminSessions.get(server)!;
}

async function gqlOrThrow(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  const response = await server.gql(query, variables, headers ?? (await adminHeaders(server)));
  if (response.errors) throw new Error(`factory: ${response.errors[0].message}`);
  return response.data;
}

export interface OrganizationOverrides {
  name?: string;
  slug?: string;
  kind?: OrganizationKind;
  description?: string | null;
  /** INSEE code of the commune it is located in; none by default, so commune filters ignore it. */
  commune?: string | null;
  website?: string | null;
  openingHours?: string | null;
}

/** A structure of the demo territory (its editor offers that territory's communes). */
export async function createOrganization(server: TestServer, overrides: OrganizationOverrides = {}): Promise<Ids> {
  const tag = uniqueTag();
  const em = server.orm.em.fork();
  const { commune, ...fields } = overrides;
  const organization = em.create(Organization, {
    slug: `essai-${tag}`,
    name: `Structure d'essai ${tag}`,
    kind: OrganizationKind.ASSOCIATION,
    description: 'Structure créée par les tests.',
    territory: await em.findOneOrFail(Territory, { slug: 'cccps' }),
    commune: commune ? await em.findOneOrFail(Commune, { inseeCode: commune }) : null,
    ...fields,
  });
  await em.flush();
  return { id: organization.id, slug: organization.slug, name: organization.name };
}

/**
 * Networks made by tests belong to a territory of their own, so that the demo territory's
 * networks (home page, matrix) stay the eight of the convention.
 */
async function testTerritory(em: EntityManager): Promise<Territory> {
  await em
    .getConnection()
    .execute(`insert into territory (id, slug, name) values (?, 'tests', 'Territoire des tests') on conflict (slug) do nothing`, [
      newId('Territory'),
    ]);
  return em.findOneOrFail(Territory, { slug: 'tests' });
}

export interface NetworkOverrides {
  name?: string;
  slug?: string;
  kind?: NetworkKind;
  description?: string;
  /** A person of an organisation who animates it (an ANIMATOR membership, added by the admin). */
  animator?: { organizationId: string; personId: string };
}

export async function createNetwork(server: TestServer, overrides: NetworkOverrides = {}): Promise<Ids> {
  const tag = uniqueTag();
  const em = server.orm.em.fork();
  const { animator, ...fields } = overrides;
  const network = em.create(Network, {
    slug: `reseau-essai-${tag}`,
    name: `Réseau d'essai ${tag}`,
    kind: NetworkKind.NETWORK,
    theme: null,
    description: 'Réseau créé par les tests.',
    territory: await testTerritory(em),
    ...fields,
  });
  await em.flush();
  const ids = { id: network.id, slug: network.slug, name: network.name };
  if (animator) await addMembership(server, { network: ids.slug, ...animator, role: 'ANIMATOR' });
  return ids;
}

export interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

/** A contact person of a structure, created by the admin unless `headers` say who. */
export async function createPerson(
  server: TestServer,
  organizationId: string,
  overrides: Partial<Omit<Person, 'id'>> & { jobTitle?: string } = {},
  headers?: Record<string, string>,
): Promise<Person> {
  const tag = uniqueTag();
  const input = {
    firstName: 'Camille',
    lastName: `Essai-${tag}`,
    email: `personne-${tag}@exemple.fr`,
    phone: '06 00 00 00 00',
    ...overrides,
  };
  const data = await gqlOrThrow(
    server,
    `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`,
    { input: { organizationId, ...input } },
    headers,
  );
  return {
    id: data.createPerson.id,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email ?? null,
    phone: input.phone ?? null,
  };
}

export interface Account {
  email: string;
  password: string;
  userId: string;
  headers: Record<string, string>;
}

/** An account made the way users get one: the admin invites, the invitee accepts. */
export async function createAccount(
  server: TestServer,
  role: 'ADMIN' | 'ANIMATOR' | 'PARTNER',
  personId: string | null = null,
): Promise<Account> {
  return { ...(await freshAccount(server, role, personId)), password: TEST_PASSWORD };
}

export interface ServiceOverrides {
  name?: string;
  description?: string | null;
  themes?: string[];
  audiences?: string[];
  modes?: string[];
  communesServed?: string[];
}

/** A service of a structure, added by the admin unless `headers` say who. */
export async function addService(
  server: TestServer,
  organizationId: string,
  overrides: ServiceOverrides = {},
  headers?: Record<string, string>,
): Promise<{ id: string; name: string }> {
  const input = {
    name: `Permanence d'essai ${uniqueTag()}`,
    themes: ['HOUSING'],
    audiences: ['FAMILIES'],
    modes: ['BY_APPOINTMENT'],
    communesServed: [],
    ...overrides,
  };
  const data = await gqlOrThrow(
    server,
    `mutation($id: ID!, $input: ServiceInput!) { addService(organizationId: $id, input: $input) { id name } }`,
    { id: organizationId, input },
    headers,
  );
  return data.addService;
}

export interface MembershipInput {
  /** The network's slug. */
  network: string;
  organizationId: string;
  personId?: string | null;
  role?: 'ANIMATOR' | 'CO_ANIMATOR' | 'MEMBER' | 'ELECTED_OFFICIAL' | 'GUEST';
}

/** A membership, added by the admin unless `headers` say who. */
export async function addMembership(
  server: TestServer,
  input: MembershipInput,
  headers?: Record<string, string>,
): Promise<{ id: string }> {
  const data = await gqlOrThrow(
    server,
    `mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
    {
      input: {
        networkSlug: input.network,
        organizationId: input.organizationId,
        personId: input.personId ?? null,
        role: input.role ?? 'MEMBER',
      },
    },
    headers,
  );
  return data.addMembership;
}

/** A new structure, one of its people, and that person's PARTNER account. */
export async function createPartner(server: TestServer, organization: OrganizationOverrides = {}) {
  const created = await createOrganization(server, organization);
  const person = await createPerson(server, created.id);
  const account = await createAccount(server, 'PARTNER', person.id);
  return { organization: created, person, account };
}

/** A new network animated by a person of a new structure, through their ANIMATOR account. */
export async function createAnimator(
  server: TestServer,
  network: Omit<NetworkOverrides, 'animator'> = {},
  structure: OrganizationOverrides = {},
) {
  const organization = await createOrganization(server, structure);
  const person = await createPerson(server, organization.id);
  const animated = await createNetwork(server, {
    ...network,
    animator: { organizationId: organization.id, personId: person.id },
  });
  const account = await createAccount(server, 'ANIMATOR', person.id);
  return { network: animated, organization, person, account };
}
