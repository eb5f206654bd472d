import type { Context } from '../graphql/context';
import { DomainError } from '../shared/errors';
import { verifyDecoy, verifyPassword } from './passwords';
import { openSession, revokeSessions } from './session.service';
import { User } from './user.entity';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function signIn(context: Context, email: string, password: string) {
  const { em, loginLimiter, settings } = context;
  const address = normalizeEmail(email);
  await loginLimiter.attempt(address, context.clientIp);
  const user = await em.findOne(User, { email: address }, { populate: ['passwordHash'] });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDecoy(password);
  if (!user || !valid || user.disabledAt) {
    throw new DomainError('UNAUTHENTICATED', 'Adresse e-mail ou mot de passe incorrect.');
  }
  if (user.isDemo && !settings.demoMode) {
    throw new DomainError('FORBIDDEN', 'Les comptes de démonstration sont désactivés sur cette instance.');
  }
  await loginLimiter.succeeded(address, context.clientIp);
  const { token, expiresAt } = await openSession(em, user);
  context.sessionCookie.set(token, expiresAt);
  return { token, user };
}

export async function signOut(context: Context): Promise<boolean> {
  context.sessionCookie.clear();
  if (!context.viewer) return false;
  await revokeSessions(context.em, { tokenHash: context.viewer.sessionTokenHash });
  return true;
}
