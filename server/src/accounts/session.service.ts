import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity';
import { hashSecret, newSecret } from './tokens';
import type { User } from './user.entity';
import type { Viewer } from './viewer';

export const SESSION_DAYS = 30;

export async function openSession(em: EntityManager, user: User): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  em.create(Session, { tokenHash: hashSecret(token), user, expiresAt });
  await em.flush();
  return { token, expiresAt };
}

/** The viewer behind a token, in one query; null when it is unknown, revoked, expired or disabled. */
export async function viewerFromToken(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashSecret(token);
  const session = await em.findOne(
    Session,
    { tokenHash, revokedAt: null, expiresAt: { $gt: new Date() }, user: { disabledAt: null } },
    { populate: ['user', 'user.person'] },
  );
  if (!session) return null;
  const user = session.user.getEntity();
  const person = user.person?.getEntity() ?? null;
  return {
    userId: user.id,
    role: user.role,
    displayName: user.displayName,
    personId: person?.id ?? null,
    organizationId: person?.organization?.id ?? null,
    sessionTokenHash: tokenHash,
  };
}

export async function revokeSessions(em: EntityManager, where: { tokenHash: string } | { user: string }): Promise<number> {
  return em.nativeUpdate(Session, { ...where, revokedAt: null }, { revokedAt: new Date() });
}
