import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Person } from '../directory/person.entity';
import type { Context } from '../graphql/context';
import { badInput, DomainError, notFound } from '../shared/errors';
import { AccountInvitation } from './account-invitation.entity';
import type { UserRole } from './account.enums';
import { requireViewer } from './auth-checker';
import { normalizeEmail } from './auth.service';
import { hashPassword } from './passwords';
import { openSession, revokeSessions } from './session.service';
import { hashSecret, newSecret } from './tokens';
import { User } from './user.entity';

export const INVITATION_DAYS = 14;

const emailTaken = () => new DomainError('CONFLICT', 'Un compte existe déjà pour cette adresse e-mail.', 'email');

/**
 * Until mail is sent, the one-time link is returned to the admin who invites; only its hash is
 * stored, so it cannot be read back later.
 */
export async function inviteUser(
  context: Context,
  input: { email: string; displayName: string; role: UserRole; personId?: string | null },
) {
  const viewer = requireViewer(context);
  const email = normalizeEmail(input.email);
  const { em } = context;
  if (await em.count(User, { email })) throw emailTaken();
  const person = input.personId ? await em.findOne(Person, input.personId) : null;
  if (input.personId && !person) throw badInput('personId', 'Personne introuvable.');
  const token = newSecret();
  const invitation = em.create(AccountInvitation, {
    email, displayName: input.displayName.trim(), role: input.role, person,
    tokenHash: hashSecret(token), invitedBy: viewer.userId,
    expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
  });
  await em.flush();
  return { invitation, link: `${context.settings.publicUrl}/invitation/${token}` };
}

export async function acceptInvitation(context: Context, token: string, password: string) {
  const { em } = context;
  try {
    const user = await em.transactional(async (tx) => {
      // Locked so that two clicks on the same link create one account.
      const invitation = await tx.findOne(AccountInvitation, { tokenHash: hashSecret(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) {
        throw new DomainError('BAD_USER_INPUT', "Ce lien d'invitation n'est plus valable : demandez-en un nouveau.", 'token');
      }
      invitation.acceptedAt = new Date();
      return tx.create(User, {
        email: invitation.email, displayName: invitation.displayName, role: invitation.role,
        person: invitation.person, passwordHash: await hashPassword(password),
      });
    });
    const session = await openSession(em, user);
    context.sessionCookie.set(session.token, session.expiresAt);
    return { token: session.token, user };
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
}

async function findUser(context: Context, id: string) {
  const user = await context.em.findOne(User, id);
  if (!user) throw notFound('Compte introuvable.');
  return user;
}

function refuseSelf(context: Context, user: User, what: string) {
  if (context.viewer?.userId === user.id) throw new DomainError('BAD_USER_INPUT', `Vous ne pouvez pas ${what} votre propre compte.`, 'id');
}

export async function changeUserRole(context: Context, id: string, role: UserRole) {
  const user = await findUser(context, id);
  refuseSelf(context, user, 'changer le rôle de');
  user.role = role;
  await context.em.flush();
  return user;
}

/** Disabling keeps the account's history and signs it out everywhere. */
export async function setUserDisabled(context: Context, id: string, disabled: boolean) {
  const user = await findUser(context, id);
  refuseSelf(context, user, 'désactiver');
  user.disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
  await context.em.flush();
  if (disabled) await revokeSessions(context.em, { user: user.id });
  return user;
}
