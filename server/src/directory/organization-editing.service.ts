import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { isAdmin, requireActor } from '../accounts/account.policy';
import type { Actor } from '../shared/actor';
import { Commune } from './commune.entity';
import { directoryError } from './directory.errors';
import { canAddPeopleTo, canEditOrganization } from './directory.policy';
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
  if (!organization) throw directoryError('ORGANIZATION_NOT_FOUND');
  return organization;
}

/** The service, once the actor is known to be allowed to edit its organisation. */
async function editableService(em: EntityManager, actor: Actor, id: string) {
  const service = await em.findOne(Service, id);
  if (!service) throw directoryError('SERVICE_NOT_FOUND');
  assertCanEdit(actor, service.organization.id);
  return service;
}

function assertCanEdit(actor: Actor, organizationId: string) {
  if (!canEditOrganization(actor, organizationId)) throw directoryError('CANNOT_EDIT_ORGANIZATION');
}

async function communesOf(em: EntityManager, codes: string[]): Promise<Commune[]> {
  const unique = [...new Set(codes)];
  const communes = await em.find(Commune, { inseeCode: { $in: unique } });
  const missing = unique.filter((code) => !communes.some((c) => c.inseeCode === code));
  if (missing.length) throw directoryError('UNKNOWN_COMMUNES', { codes: missing });
  return communes;
}

export async function updateOrganization(em: EntityManager, actor: Actor, id: string, input: UpdateOrganizationInput) {
  assertCanEdit(actor, id);
  return em.transactional(async (tx) => {
    const organization = await findOrganization(tx, id);
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    tx.assign(organization, changes);
    return organization;
  });
}

export async function addService(em: EntityManager, actor: Actor, organizationId: string, input: ServiceInput) {
  assertCanEdit(actor, organizationId);
  return em.transactional(async (tx) => {
    const organization = await findOrganization(tx, organizationId);
    const { communesServed, ...fields } = input;
    return tx.create(Service, { ...fields, organization, communesServed: await communesOf(tx, communesServed) });
  });
}

export async function updateService(em: EntityManager, actor: Actor, id: string, input: ServiceInput) {
  return em.transactional(async (tx) => {
    const service = await editableService(tx, actor, id);
    const { communesServed, ...fields } = input;
    tx.assign(service, { ...fields, updatedAt: new Date() });
    service.communesServed.set(await communesOf(tx, communesServed));
    return service;
  });
}

export async function removeService(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    tx.remove(await editableService(tx, actor, id));
    return true;
  });
}

/** "Still true": the structure checked the service without changing it. */
export async function confirmService(em: EntityManager, actor: Actor, id: string) {
  return em.transactional(async (tx) => {
    const service = await editableService(tx, actor, id);
    service.updatedAt = new Date();
    return service;
  });
}

export async function createPerson(em: EntityManager, actor: Actor, input: PersonInput) {
  const { organizationId, ...fields } = input;
  try {
    return await em.transactional(async (tx) => {
      const organization = await findOrganization(tx, organizationId);
      if (!(await canAddPeopleTo(actor, organization))) throw directoryError('CANNOT_ADD_PEOPLE');
      return tx.create(Person, { ...fields, email: fields.email?.trim().toLowerCase() ?? null, organization });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw directoryError('PERSON_EMAIL_TAKEN');
    throw error;
  }
}

/** Services « à mettre à jour »: the actor's structure's, or every structure's for an admin. */
export async function staleServices(em: EntityManager, viewer: Actor | null, organizationId?: string | null) {
  const actor = requireActor(viewer);
  const ownOrganization = actor.kind === 'user' ? actor.organizationId : null;
  const scope = organizationId ?? (isAdmin(actor) ? undefined : ownOrganization);
  if (scope === null) return [];
  if (scope !== undefined) assertCanEdit(actor, scope);
  const before = new Date(Date.now() - STALE_AFTER_DAYS * 24 * 3600 * 1000);
  return em.find(
    Service,
    { updatedAt: { $lt: before }, ...(scope ? { organization: scope } : {}) },
    { orderBy: { updatedAt: 'asc' }, limit: 200 },
  );
}
