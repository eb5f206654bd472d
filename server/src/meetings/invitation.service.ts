import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { requireUser } from '../accounts/account.policy';
import type { Actor } from '../shared/actor';
import { Invitation } from './invitation.entity';
import { MeetingStatus, RsvpResponse } from './meeting.enums';
import { meetingError } from './meeting.errors';
import { attendanceOpen, canManageMeeting } from './meeting.policy';
import { findMeeting } from './meeting.service';

/** Records an answer; the row lock makes two answers at once apply one after the other, never lose one. */
async function answer(em: EntityManager, invitation: Invitation, response: RsvpResponse) {
  const meeting = await invitation.meeting.load();
  if (meeting?.status === MeetingStatus.CANCELLED) throw meetingError('CANCELLED');
  invitation.response = response;
  invitation.respondedAt = response === RsvpResponse.PENDING ? null : new Date();
  return invitation;
}

/** The signed-in invitee answers for themself. */
export async function respondToInvitation(em: EntityManager, actor: Actor, meetingId: string, response: RsvpResponse) {
  const user = requireUser(actor);
  return em.transactional(async (tx) => {
    await findMeeting(tx, meetingId);
    const invitation = user.personId
      ? await tx.findOne(Invitation, { meeting: meetingId, person: user.personId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!invitation) throw meetingError('NOT_INVITED');
    return answer(tx, invitation, response);
  });
}

/** After the meeting, its managers note who came; the meeting is then held. */
export async function recordAttendance(em: EntityManager, actor: Actor, invitationId: string, attended: boolean) {
  return em.transactional(async (tx) => {
    const invitation = await tx.findOne(Invitation, invitationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!invitation) throw meetingError('INVITATION_NOT_FOUND');
    const meeting = await findMeeting(tx, invitation.meeting.id);
    if (!(await canManageMeeting(actor, meeting))) throw meetingError('NOT_A_MANAGER');
    if (meeting.status === MeetingStatus.CANCELLED) throw meetingError('CANCELLED');
    if (!attendanceOpen(meeting)) throw meetingError('NOT_STARTED');
    invitation.attended = attended;
    if (meeting.status === MeetingStatus.SCHEDULED) meeting.status = MeetingStatus.HELD;
    return invitation;
  });
}
