import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret } from '../../accounts/tokens';
import type { Actor } from '../../shared/actor';
import { Invitation } from '../invitation.entity';
import { InvitationLink } from './invitation-link.entity';
import { MeetingStatus, RsvpResponse } from '../meeting.enums';
import { meetingError } from '../meeting.errors';
import { canManageMeeting, linkCanRespond } from '../meeting.policy';

/** Tokens are 43 characters (newSecret); anything much longer is not one, and is not hashed. */
const MAX_TOKEN_LENGTH = 100;

/** A new answer link for an invitation, in the caller's unit of work: the secret for the mail. */
export function mintAnswerLink(em: EntityManager, invitation: Invitation): string {
  const token = newSecret();
  em.create(InvitationLink, { tokenHash: hashSecret(token), invitation });
  return token;
}

async function invitationOfLink(em: EntityManager, token: string, lock?: LockMode): Promise<Invitation> {
  const link = token.length <= MAX_TOKEN_LENGTH ? await em.findOne(InvitationLink, { tokenHash: hashSecret(token) }) : null;
  if (!link) throw meetingError('LINK_INVALID');
  const invitation = await em.findOneOrFail(Invitation, link.invitation.id, lock ? { lockMode: lock } : {});
  await em.populate(invitation, ['person', 'meeting']);
  if (invitation.meeting.getEntity().status === MeetingStatus.CANCELLED) throw meetingError('LINK_MEETING_CANCELLED');
  return invitation;
}

/** What the answer page shows: the meeting's time and place, the first name, the answer — nothing more. */
export interface LinkInvitationView {
  id: string;
  firstName: string;
  response: RsvpResponse;
  respondedAt: Date | null;
  canRespond: boolean;
  meeting: { title: string; startsAt: Date; endsAt: Date; place: string | null; onlineUrl: string | null; status: MeetingStatus };
}

async function viewOf(invitation: Invitation, now: Date): Promise<LinkInvitationView> {
  const meeting = invitation.meeting.getEntity();
  return {
    id: invitation.id,
    firstName: invitation.person.getEntity().firstName,
    response: invitation.response,
    respondedAt: invitation.respondedAt ?? null,
    canRespond: linkCanRespond(meeting, now),
    meeting: {
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: [meeting.place, (await meeting.commune?.load())?.name].filter(Boolean).join(', ') || null,
      onlineUrl: meeting.onlineUrl ?? null,
      status: meeting.status,
    },
  };
}

export async function invitationByLink(em: EntityManager, token: string, now = new Date()): Promise<LinkInvitationView> {
  return viewOf(await invitationOfLink(em, token), now);
}

/** Answers for the link's holder; the row lock applies two answers at once one after the other. */
export async function respondWithLink(em: EntityManager, token: string, response: RsvpResponse, now = new Date()) {
  return em.transactional(async (tx) => {
    const invitation = await invitationOfLink(tx, token, LockMode.PESSIMISTIC_WRITE);
    if (!linkCanRespond(invitation.meeting.getEntity(), now)) throw meetingError('LINK_MEETING_OVER');
    invitation.response = response;
    invitation.respondedAt = response === RsvpResponse.PENDING ? null : now;
    await tx.flush();
    return viewOf(invitation, now);
  });
}

/** A manager kills every answer link of an invitation (a forwarded mail, say); later mails bring new ones. */
export async function revokeInvitationLinks(em: EntityManager, actor: Actor, invitationId: string) {
  return em.transactional(async (tx) => {
    const invitation = await tx.findOne(Invitation, invitationId, { populate: ['meeting'] });
    if (!invitation) throw meetingError('INVITATION_NOT_FOUND');
    if (!(await canManageMeeting(actor, invitation.meeting.getEntity()))) throw meetingError('NOT_A_MANAGER');
    await tx.nativeDelete(InvitationLink, { invitation: invitation.id });
    return invitation;
  });
}
