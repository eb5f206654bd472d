import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Geometry } from 'geojson';
import { Commune } from '../directory/commune.entity';
import { Audience, OrganizationKind, ServiceMode, Theme } from '../directory/directory.enums';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { Service } from '../directory/service.entity';
import { Territory } from '../directory/territory.entity';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';
import { MembershipRole, NetworkKind } from '../networks/network.enums';
import { UserRole } from '../accounts/account.enums';
import { hashPassword } from '../accounts/passwords';
import { User } from '../accounts/user.entity';
import accountsData from './data/accounts.json';
import boundaries from './data/communes.boundaries.json';
import networksData from './data/networks.json';
import organizationsData from './data/organizations.json';
import territoryData from './data/territory.json';
import { seedMeetings } from './meetings-seed';
import { seedTrainings } from './trainings-seed';
import { seedRoadmap } from './roadmap-seed';
import { seedLinks } from './links-seed';
import type { SeedNetwork, SeedOrganization } from './seed-data';

/** Turns a string from a data file into an enum value, or says which file value is wrong. */
function member<E extends Record<string, string>>(values: E, value: string, where: string): E[keyof E] {
  if (!Object.values(values).includes(value)) throw new Error(`Seed data: unknown value "${value}" at ${where}`);
  return value as E[keyof E];
}

function members<E extends Record<string, string>>(values: E, list: string[], where: string): E[keyof E][] {
  return list.map((value) => member(values, value, where));
}

/** The password of every demo account (listed in the README). */
export const DEMO_PASSWORD = 'maillage-demo';

/**
 * Loads the CTG demo territory in one transaction: all of it or nothing. Its meetings are placed
 * around `anchor` (the seeding day), so the demo always has a past half-year and a coming one.
 */
export async function seedDemoData(em: EntityManager, { anchor = new Date() }: { anchor?: Date } = {}): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const territory = tx.create(Territory, territoryData.territory);
    const communes = seedCommunes(tx, territory);
    const people = new Map<string, Person>();
    const organizations = new Map<string, Organization>();
    for (const data of organizationsData as SeedOrganization[]) {
      organizations.set(data.slug, seedOrganization(tx, data, territory, communes, people));
    }
    const networks = new Map<string, Network>();
    for (const data of networksData as SeedNetwork[])
      networks.set(data.slug, seedNetwork(tx, data, territory, organizations, people));
    const users = seedDemoAccounts(tx, people, passwordHash);
    seedLinks(tx, networks);
    // Invitations are drawn from the memberships, which the invitees query reads from the database.
    await tx.flush();
    await seedMeetings(tx, { anchor, networks, communes, users, organizations });
    await seedTrainings(tx, { anchor, networks, communes, organizations, people, users });
    await seedRoadmap(tx, { anchor, territory, networks, organizations, users });
  });
}

/** Demo accounts are flagged: they sign in only where demo mode is on. */
function seedDemoAccounts(em: EntityManager, people: Map<string, Person>, passwordHash: string): Map<string, User> {
  const users = new Map<string, User>();
  for (const account of accountsData) {
    const person = people.get(account.person);
    if (!person) throw new Error(`Seed data: demo account ${account.email} names unknown person ${account.person}`);
    const user = em.create(User, {
      email: account.email,
      role: member(UserRole, account.role, `account ${account.email}`),
      displayName: `${person.firstName} ${person.lastName}`,
      person,
      passwordHash,
      isDemo: true,
    });
    users.set(account.email, user);
  }
  return users;
}

function seedCommunes(em: EntityManager, territory: Territory): Map<string, Commune> {
  const geometries = new Map(boundaries.features.map((f) => [f.properties.code, f.geometry as Geometry]));
  const communes = new Map<string, Commune>();
  for (const data of territoryData.communes) {
    const { mergedInto: _, ...fields } = data;
    communes.set(data.inseeCode, em.create(Commune, { ...fields, territory, boundary: geometries.get(data.inseeCode) ?? null }));
  }
  for (const data of territoryData.communes) {
    if (data.mergedInto) communes.get(data.inseeCode)!.mergedInto = ref(communeOf(communes, data.mergedInto, data.inseeCode));
  }
  return communes;
}

function communeOf(communes: Map<string, Commune>, code: string, where: string): Commune {
  const commune = communes.get(code);
  if (!commune) throw new Error(`Seed data: unknown commune ${code} at ${where}`);
  return commune;
}

function seedOrganization(
  em: EntityManager,
  data: SeedOrganization,
  territory: Territory,
  communes: Map<string, Commune>,
  people: Map<string, Person>,
): Organization {
  const where = `organization ${data.slug}`;
  const organization = em.create(Organization, {
    slug: data.slug,
    name: data.name,
    territory,
    kind: member(OrganizationKind, data.kind, where),
    description: data.description ?? null,
    commune: data.communeInseeCode ? communeOf(communes, data.communeInseeCode, where) : null,
    address: data.address ?? null,
    website: data.website ?? null,
    publicEmail: data.publicEmail ?? null,
    publicPhone: data.publicPhone ?? null,
    labels: data.labels,
  });
  for (const service of data.services) {
    const at = `${where} service ${service.key}`;
    const served =
      service.communesServed === 'ALL'
        ? [...communes.values()]
        : service.communesServed.map((code) => communeOf(communes, code, at));
    em.create(Service, {
      organization,
      name: service.name,
      description: service.description ?? null,
      url: service.url ?? null,
      themes: members(Theme, service.themes, at),
      audiences: members(Audience, service.audiences, at),
      modes: members(ServiceMode, service.modes, at),
      communesServed: served,
    });
  }
  for (const person of data.people) {
    if (people.has(person.email)) throw new Error(`Seed data: duplicate person ${person.email}`);
    people.set(
      person.email,
      em.create(Person, { ...person, jobTitle: person.jobTitle ?? null, phone: person.phone ?? null, organization }),
    );
  }
  return organization;
}

function seedNetwork(
  em: EntityManager,
  data: SeedNetwork,
  territory: Territory,
  organizations: Map<string, Organization>,
  people: Map<string, Person>,
): Network {
  const where = `network ${data.slug}`;
  const network = em.create(Network, {
    slug: data.slug,
    name: data.name,
    description: data.description,
    territory,
    kind: member(NetworkKind, data.kind, where),
    theme: data.theme ? member(Theme, data.theme, where) : null,
  });
  for (const m of data.members) {
    const organization = organizations.get(m.organization);
    if (!organization) throw new Error(`Seed data: unknown organization ${m.organization} in ${where}`);
    const person = m.person ? people.get(m.person) : null;
    if (m.person && person?.organization?.id !== organization.id) {
      throw new Error(`Seed data: ${m.person} is not a person of ${m.organization} (${where})`);
    }
    em.create(Membership, { network, organization, person, role: member(MembershipRole, m.role, where) });
  }
  return network;
}
