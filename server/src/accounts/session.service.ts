import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserActor } from '../shared/actor';
import { actorOf } from './actors';
import { Session } from './session.entity';
import { hashSecret, newSecret } from './tokens';
import type { User } from './user.entity';

export const SESSION_DAYS = 30;

export async function openSession(em: EntityManager, user: User): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  em.create(Session, { tokenHash: hashSecret(token), user, expiresAt });
  await em.flush();
  return { token, expiresAt };
}

export interface SignedInSession {
  actor: UserActor;
  tokenHash: string;
}

/** The session behind a token and its actor; null when it is unknown, revoked, expired or disabled. */
export async function sessionFromToken(em: EntityManager, token: string | undefined): Promise<SignedInSession | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashSecret(token);
  const session = await em.findOne(
    Session,
    { tokenHash, revokedAt: null, expiresAt: { $gt: new Date() }, user: { disabledAt: null } },
    { populate: ['user', 'user.person'] },
  );
  if (!session) return null;
  return { actor: await actorOf(em, session.user.getEntity()), tokenHash };
}

export async function revokeSessions(em: EntityManager, where: { tokenHash: string } | { user: string }): Promise<number> {
  return em.nativeUpdate(Session, { ...where, revokedAt: null }, { revokedAt: new Date() });
}
