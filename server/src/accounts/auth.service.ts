import type { EntityManager } from '@mikro-orm/postgresql';
import { accountError } from './account.errors';
import type { LoginLimiter } from './login-limiter';
import { verifyDecoy, verifyPassword } from './passwords';
import { openSession, revokeSessions } from './session.service';
import { User } from './user.entity';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface SignInRequest {
  email: string;
  password: string;
  /** Where the attempt comes from, for the per-address limit. */
  clientIp: string;
  demoMode: boolean;
}

/** Checks the password and opens a session; the caller hands the token to the client (cookie, bearer). */
export async function signIn(em: EntityManager, limiter: LoginLimiter, request: SignInRequest) {
  const address = normalizeEmail(request.email);
  await limiter.attempt(address, request.clientIp);
  const user = await em.findOne(User, { email: address }, { populate: ['passwordHash'] });
  const valid = user ? await verifyPassword(user.passwordHash, request.password) : await verifyDecoy(request.password);
  if (!user || !valid || user.disabledAt) throw accountError('BAD_CREDENTIALS');
  if (user.isDemo && !request.demoMode) throw accountError('DEMO_ACCOUNTS_DISABLED');
  await limiter.succeeded(address, request.clientIp);
  const { token, expiresAt } = await openSession(em, user);
  return { token, expiresAt, user };
}

/** Revokes one session; false when there was none. */
export async function signOut(em: EntityManager, sessionTokenHash: string | null): Promise<boolean> {
  if (!sessionTokenHash) return false;
  await revokeSessions(em, { tokenHash: sessionTokenHash });
  return true;
}
