import { Membership } from '../networks/membership.entity';
import { Person } from '../directory/person.entity';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/actor';
import { accountError } from './account.errors';
import { isAdmin, requireUser } from './account.policy';
import { AuditEntry } from './audit-entry.entity';
import { ErasureRequest, ErasureStatus } from './erasure-request.entity';
import { Session } from './session.entity';
import { revokeSessions } from './session.service';
import { User } from './user.entity';

/** Everything Maillage holds about the signed-in person (GDPR art. 15 and 20), as JSON. */
export async function personalData(em: EntityManager, actor: Actor): Promise<string> {
  const viewer = requireUser(actor);
  const user = await em.findOneOrFail(User, viewer.userId);
  const person = viewer.personId ? await em.findOne(Person, viewer.personId, { populate: ['organization'] }) : null;
  const [memberships, sessions, actions, erasureRequests] = await Promise.all([
    person ? em.find(Membership, { person }, { populate: ['network', 'organization'] }) : [],
    em.find(Session, { user }, { orderBy: { createdAt: 'desc' } }),
    em.find(AuditEntry, { actor: user }, { orderBy: { at: 'desc' } }),
    em.find(ErasureRequest, { user }),
  ]);
  return JSON.stringify(
    {
      exportedAt: new Date().toISOString(),
      account: { email: user.email, displayName: user.displayName, role: user.role, createdAt: user.createdAt },
      person: person && {
        firstName: person.firstName,
        lastName: person.lastName,
        jobTitle: person.jobTitle,
        email: person.email,
        phone: person.phone,
        organization: person.organization?.getEntity().name ?? null,
      },
      memberships: memberships.map((m) => ({
        network: m.network.getEntity().name,
        organization: m.organization.getEntity().name,
        role: m.role,
      })),
      sessions: sessions.map((s) => ({ createdAt: s.createdAt, expiresAt: s.expiresAt, revokedAt: s.revokedAt })),
      actions: actions.map((a) => ({ at: a.at, action: a.action, targetId: a.targetId, details: a.details })),
      erasureRequests: erasureRequests.map((r) => ({ requestedAt: r.requestedAt, status: r.status, reason: r.reason })),
    },
    null,
    2,
  );
}

/** Asks the coordination to anonymise the actor's own person and account. */
export async function requestErasure(em: EntityManager, actor: Actor, reason: string | null) {
  const viewer = requireUser(actor);
  if (reason && reason.length > 1000) throw accountError('REASON_TOO_LONG');
  return em.transactional(async (tx) => {
    if (await tx.count(ErasureRequest, { user: viewer.userId, status: ErasureStatus.PENDING }))
      throw accountError('ERASURE_PENDING');
    return tx.create(ErasureRequest, { user: viewer.userId, reason });
  });
}

export function ownErasureRequests(em: EntityManager, actor: Actor) {
  const viewer = requireUser(actor);
  return em.find(ErasureRequest, { user: viewer.userId }, { orderBy: { requestedAt: 'desc' } });
}

/**
 * Erasure anonymises rather than deletes: the person and account rows stay, so meetings,
 * registrations and the audit trail keep pointing at "Personne anonymisée" instead of breaking.
 */
export async function handleErasure(em: EntityManager, actor: Actor, id: string, approve: boolean) {
  if (!isAdmin(actor)) throw accountError('ADMIN_ONLY');
  return em.transactional(async (tx) => {
    const request = await tx.findOne(ErasureRequest, id, { populate: ['user'] });
    if (!request) throw accountError('ERASURE_NOT_FOUND');
    if (request.status !== ErasureStatus.PENDING) throw accountError('ERASURE_HANDLED');
    request.status = approve ? ErasureStatus.DONE : ErasureStatus.REFUSED;
    request.handledAt = new Date();
    request.handledBy = actor.kind === 'user' ? tx.getReference(User, actor.userId, { wrapped: true }) : null;
    if (approve) await anonymise(tx, request.user.getEntity());
    return request;
  });
}

async function anonymise(em: EntityManager, user: User) {
  const personId = user.person?.id;
  em.assign(user, {
    email: `efface-${user.id}@invalid`,
    displayName: 'Compte supprimé',
    passwordHash: null,
    disabledAt: user.disabledAt ?? new Date(),
  });
  if (personId) {
    await em.nativeUpdate(Person, personId, {
      firstName: 'Personne',
      lastName: 'anonymisée',
      jobTitle: null,
      email: null,
      phone: null,
    });
  }
  // Arguments recorded about this person (names, addresses) go too; who did what stays.
  await em.nativeUpdate(
    AuditEntry,
    { targetId: { $in: [user.id, ...(personId ? [personId] : [])] } },
    { details: { anonymised: true } },
  );
  await revokeSessions(em, { user: user.id });
}
