import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../directory/person.entity';
import { queueMail } from '../mail/queue-mail';
import { invitationUrl } from '../mail/templates/account-invitation.mail';
import type { Actor } from '../shared/actor';
import { AccountInvitation } from './account-invitation.entity';
import type { UserRole } from './account.enums';
import { accountError } from './account.errors';
import { canChangeRoleOf, canDisable, isAdmin } from './account.policy';
import { normalizeEmail } from './auth.service';
import { hashPassword } from './passwords';
import { openSession, revokeSessions } from './session.service';
import { hashSecret, newSecret } from './tokens';
import { User } from './user.entity';

export const INVITATION_DAYS = 14;

export interface InviteUserRequest {
  email: string;
  displayName: string;
  role: UserRole;
  personId?: string | null;
  /** Absolute URL of the site: the link in the invitation starts with it. */
  publicUrl: string;
}

function assertAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw accountError('ADMIN_ONLY');
}

/** Only the link's hash is stored: the link goes to the invitee by mail and, once, to the admin. */
export async function inviteUser(em: EntityManager, actor: Actor, request: InviteUserRequest) {
  assertAdmin(actor);
  const email = normalizeEmail(request.email);
  return em.transactional(async (tx) => {
    if (await tx.count(User, { email })) throw accountError('EMAIL_TAKEN');
    const person = request.personId ? await tx.findOne(Person, request.personId) : null;
    if (request.personId && !person) throw accountError('PERSON_NOT_FOUND');
    const token = newSecret();
    const invitation = tx.create(AccountInvitation, {
      email,
      displayName: request.displayName.trim(),
      role: request.role,
      person,
      tokenHash: hashSecret(token),
      invitedBy: actor.kind === 'user' ? actor.userId : null,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000),
    });
    await tx.flush();
    // The mail leaves only if the invitation commits; the admin still sees the link once.
    await queueMail(tx, {
      to: email,
      template: 'accountInvitation',
      data: {
        publicUrl: request.publicUrl,
        token,
        displayName: invitation.displayName,
        inviterName: actor.kind === 'user' ? actor.displayName : 'La coordination',
        role: request.role,
        expiresAt: invitation.expiresAt,
      },
    });
    return { invitation, link: invitationUrl(request.publicUrl, token) };
  });
}

/** Creates the account of an invitation link and opens its first session. */
export async function acceptInvitation(em: EntityManager, token: string, password: string) {
  try {
    return await em.transactional(async (tx) => {
      // Locked so that two clicks on the same link create one account.
      const invitation = await tx.findOne(
        AccountInvitation,
        { tokenHash: hashSecret(token) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) throw accountError('INVITATION_INVALID');
      invitation.acceptedAt = new Date();
      const user = tx.create(User, {
        email: invitation.email,
        displayName: invitation.displayName,
        role: invitation.role,
        person: invitation.person,
        passwordHash: await hashPassword(password),
      });
      const session = await openSession(tx, user);
      return { ...session, user };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw accountError('EMAIL_TAKEN');
    throw error;
  }
}

async function findUser(em: EntityManager, id: string) {
  const user = await em.findOne(User, id);
  if (!user) throw accountError('USER_NOT_FOUND');
  return user;
}

export async function changeUserRole(em: EntityManager, actor: Actor, id: string, role: UserRole) {
  assertAdmin(actor);
  return em.transactional(async (tx) => {
    const user = await findUser(tx, id);
    if (!canChangeRoleOf(actor, user)) throw accountError('OWN_ROLE');
    user.role = role;
    return user;
  });
}

/** Disabling keeps the account's history and signs it out everywhere. */
export async function setUserDisabled(em: EntityManager, actor: Actor, id: string, disabled: boolean) {
  assertAdmin(actor);
  return em.transactional(async (tx) => {
    const user = await findUser(tx, id);
    if (!canDisable(actor, user)) throw accountError('OWN_DISABLE');
    user.disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
    if (disabled) await revokeSessions(tx, { user: user.id });
    return user;
  });
}
