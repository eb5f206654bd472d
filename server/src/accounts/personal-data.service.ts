import { Membership } from '../networks/membership.entity';
import { Person } from '../directory/person.entity';
import type { Context } from '../graphql/context';
import { DomainError, notFound } from '../shared/errors';
import { requireViewer } from './auth-checker';
import { AuditEntry } from './audit-entry.entity';
import { ErasureRequest, ErasureStatus } from './erasure-request.entity';
import { Session } from './session.entity';
import { revokeSessions } from './session.service';
import { User } from './user.entity';

/** Everything Maillage holds about the signed-in person (GDPR art. 15 and 20), as JSON. */
export async function personalData(context: Context): Promise<string> {
  const viewer = requireViewer(context);
  const { em } = context;
  const user = await em.findOneOrFail(User, viewer.userId);
  const person = viewer.personId ? await em.findOne(Person, viewer.personId, { populate: ['organization'] }) : null;
  const [memberships, sessions, actions, erasureRequests] = await Promise.all([
    person ? em.find(Membership, { person }, { populate: ['network', 'organization'] }) : [],
    em.find(Session, { user }, { orderBy: { createdAt: 'desc' } }),
    em.find(AuditEntry, { actor: user }, { orderBy: { at: 'desc' } }),
    em.find(ErasureRequest, { user }),
  ]);
  return JSON.stringify({
    exportedAt: new Date().toISOString(),
    account: { email: user.email, displayName: user.displayName, role: user.role, createdAt: user.createdAt },
    person: person && {
      firstName: person.firstName, lastName: person.lastName, jobTitle: person.jobTitle,
      email: person.email, phone: person.phone, organization: person.organization?.getEntity().name ?? null,
    },
    memberships: memberships.map((m) => ({ network: m.network.getEntity().name, organization: m.organization.getEntity().name, role: m.role })),
    sessions: sessions.map((s) => ({ createdAt: s.createdAt, expiresAt: s.expiresAt, revokedAt: s.revokedAt })),
    actions: actions.map((a) => ({ at: a.at, action: a.action, targetId: a.targetId, details: a.details })),
    erasureRequests: erasureRequests.map((r) => ({ requestedAt: r.requestedAt, status: r.status, reason: r.reason })),
  }, null, 2);
}

export async function requestErasure(context: Context, reason: string | null) {
  const viewer = requireViewer(context);
  const { em } = context;
  if (await em.count(ErasureRequest, { user: viewer.userId, status: ErasureStatus.PENDING })) {
    throw new DomainError('CONFLICT', 'Une demande d\'effacement est déjà en cours de traitement.');
  }
  const request = em.create(ErasureRequest, { user: viewer.userId, reason });
  await em.flush();
  return request;
}

/**
 * Erasure anonymises rather than deletes: the person and account rows stay, so meetings,
 * registrations and the audit trail keep pointing at "Personne anonymisée" instead of breaking.
 */
export async function handleErasure(context: Context, id: string, approve: boolean) {
  const viewer = requireViewer(context);
  return context.em.transactional(async (em) => {
    const request = await em.findOne(ErasureRequest, id, { populate: ['user'] });
    if (!request) throw notFound("Demande d'effacement introuvable.");
    if (request.status !== ErasureStatus.PENDING) throw new DomainError('CONFLICT', 'Cette demande a déjà été traitée.');
    request.status = approve ? ErasureStatus.DONE : ErasureStatus.REFUSED;
    request.handledAt = new Date();
    request.handledBy = em.getReference(User, viewer.userId, { wrapped: true });
    if (approve) await anonymise(em, request.user.getEntity());
    return request;
  });
}

async function anonymise(em: Context['em'], user: User) {
  const personId = user.person?.id;
  em.assign(user, {
    email: `efface-${user.id}@invalid`, displayName: 'Compte supprimé', passwordHash: null,
    disabledAt: user.disabledAt ?? new Date(),
  });
  if (personId) {
    await em.nativeUpdate(Person, personId, { firstName: 'Personne', lastName: 'anonymisée', jobTitle: null, email: null, phone: null });
  }
  // Arguments recorded about this person (names, addresses) go too; who did what stays.
  await em.nativeUpdate(AuditEntry, { targetId: { $in: [user.id, ...(personId ? [personId] : [])] } }, { details: { anonymised: true } });
  await revokeSessions(em, { user: user.id });
}
