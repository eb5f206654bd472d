import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { UserRole } from '../accounts/account.enums';
import { forbidden, requireViewer } from '../accounts/auth-checker';
import { animatedNetworkIds, assertCanEditOrganization } from '../accounts/scope';
import type { Context } from '../graphql/context';
import { badInput, DomainError, notFound } from '../shared/errors';
import { Commune } from './commune.entity';
import { Organization } from './organization.entity';
import type { PersonInput, ServiceInput, UpdateOrganizationInput } from './organization-editing.inputs';
import { Person } from './person.entity';
import { Service } from './service.entity';

/** A service not checked or changed for a year is flagged « à mettre à jour ». */
export const STALE_AFTER_DAYS = 365;

export const isStale = (service: Service, now = Date.now()) =>
  now - service.updatedAt.getTime() > STALE_AFTER_DAYS * 24 * 3600 * 1000;

async function findOrganization(em: EntityManager, id: string) {
  const organization = await em.findOne(Organization, id);
  if (!organization) throw notFound('Structure introuvable.');
  return organization;
}

async function findService(em: EntityManager, id: string) {
  const service = await em.findOne(Service, id);
  if (!service) throw notFound('Service introuvable.');
  return service;
}

async function communesOf(em: EntityManager, codes: string[]): Promise<Commune[]> {
  const unique = [...new Set(codes)];
  const communes = await em.find(Commune, { inseeCode: { $in: unique } });
  const missing = unique.filter((code) => !communes.some((c) => c.inseeCode === code));
  if (missing.length) throw badInput('communesServed', `Commune inconnue : ${missing.join(', ')}.`);
  return communes;
}

export async function updateOrganization(context: Context, id: string, input: UpdateOrganizationInput) {
  assertCanEditOrganization(context, id);
  return context.em.transactional(async (em) => {
    const organization = await findOrganization(em, id);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    em.assign(organization, changes);
    return organization;
  });
}

export async function addService(context: Context, organizationId: string, input: ServiceInput) {
  assertCanEditOrganization(context, organizationId);
  return context.em.transactional(async (em) => {
    const organization = await findOrganization(em, organizationId);
    const { communesServed, ...fields } = input;
    return em.create(Service, { ...fields, organization, communesServed: await communesOf(em, communesServed) });
  });
}

export async function updateService(context: Context, id: string, input: ServiceInput) {
  return context.em.transactional(async (em) => {
    const service = await findService(em, id);
    assertCanEditOrganization(context, service.organization.id);
    const { communesServed, ...fields } = input;
    em.assign(service, { ...fields, updatedAt: new Date() });
    service.communesServed.set(await communesOf(em, communesServed));
    return service;
  });
}

export async function removeService(context: Context, id: string): Promise<boolean> {
  return context.em.transactional(async (em) => {
    const service = await findService(em, id);
    assertCanEditOrganization(context, service.organization.id);
    em.remove(service);
    return true;
  });
}

/** "Still true": the structure checked the service without changing it. */
export async function confirmService(context: Context, id: string) {
  return context.em.transactional(async (em) => {
    const service = await findService(em, id);
    assertCanEditOrganization(context, service.organization.id);
    service.updatedAt = new Date();
    return service;
  });
}

/** Its own people and admins add contacts to a structure; so do animators of a network it is in. */
async function assertCanAddPeopleTo(context: Context, organization: Organization) {
  const viewer = requireViewer(context);
  if (viewer.role === UserRole.ADMIN || viewer.organizationId === organization.id) return;
  const animated = await animatedNetworkIds(context);
  const memberships = await organization.memberships.load();
  if (viewer.role === UserRole.ANIMATOR && memberships.getItems().some((m) => animated.has(m.network.id))) return;
  throw forbidden('Vous ne pouvez ajouter des contacts qu\'à votre structure ou aux membres des réseaux que vous animez.');
}

export async function createPerson(context: Context, input: PersonInput) {
  const { organizationId, ...fields } = input;
  try {
    return await context.em.transactional(async (em) => {
      const organization = await findOrganization(em, organizationId);
      await assertCanAddPeopleTo(context, organization);
      return em.create(Person, { ...fields, email: fields.email?.trim().toLowerCase() ?? null, organization });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new DomainError('CONFLICT', 'Une personne avec cette adresse e-mail existe déjà.', 'email');
    }
    throw error;
  }
}

/** Services « à mettre à jour »: the viewer's structure's, or every structure's for an admin. */
export async function staleServices(context: Context, organizationId?: string | null) {
  const viewer = requireViewer(context);
  const scope = organizationId ?? (viewer.role === UserRole.ADMIN ? undefined : viewer.organizationId);
  if (scope !== undefined && scope !== null) assertCanEditOrganization(context, scope);
  if (scope === null) return [];
  const before = new Date(Date.now() - STALE_AFTER_DAYS * 24 * 3600 * 1000);
  return context.em.find(
    Service,
    { updatedAt: { $lt: before }, ...(scope ? { organization: scope } : {}) },
    { orderBy: { updatedAt: 'asc' }, limit: 200 },
  );
}
