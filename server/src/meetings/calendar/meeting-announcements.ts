import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineJob, PATIENT_RETRIES } from '../../jobs/job-definition';
import { sendJob } from '../../jobs/send-job';
import { queueMail } from '../../mail/queue-mail';
import { mintAnswerLink } from './invitation-link.service';
import { Meeting } from '../meeting.entity';
import { MeetingStatus } from '../meeting.enums';
import { meetingMail, type AnnouncementMethod, type MeetingMailSettings } from './meeting-mail';
import { recordMeetingBookkeeping } from '../meeting-bookkeeping';

export type { AnnouncementMethod } from './meeting-mail';

interface AnnouncementData {
  meetingId: string;
  sequence: number;
  method: AnnouncementMethod;
}

/**
 * Tells every invitee of a change, one mail each, with the calendar invitation. The mails, their
 * answer links and the mark that this SEQUENCE was announced commit together: a job that runs
 * twice finds the mark and sends (and mints) nothing more.
 */
export async function deliverAnnouncement(em: EntityManager, data: AnnouncementData, settings: MeetingMailSettings) {
  await em.transactional(async (tx) => {
    const meeting = await tx.findOne(Meeting, data.meetingId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!meeting || meeting.announcedSequence >= data.sequence || meeting.sequence !== data.sequence) return;
    if (meeting.status === MeetingStatus.DRAFT) return;
    const invitations = await meeting.invitations.load({ populate: ['person'] });
    await meeting.networks.load();
    for (const invitation of invitations) {
      const to = invitation.person.getEntity().email;
      if (!to) continue;
      // Each REQUEST mail gets a fresh link rather than reusing one: only hashes are kept, so an
      // earlier link cannot be put in a new mail; and the earlier mails' links keep working (one
      // invitation, many InvitationLink rows) until a manager revokes them or the meeting is
      // cancelled. Minting here, in the transaction guarded by announcedSequence, is what makes a
      // re-run of this job mint nothing: the links exist if and only if their mails were queued.
      const token = data.method === 'REQUEST' ? mintAnswerLink(tx, invitation) : null;
      await queueMail(tx, { to, ...(await meetingMail(meeting, invitation, data.method, settings, token)) });
    }
    await recordMeetingBookkeeping(tx, meeting, { announcedSequence: data.sequence });
  });
}

export const announceMeetingJob = defineJob<AnnouncementData>({
  name: 'meetings.announce',
  retry: PATIENT_RETRIES,
  handle: (data, { em, publicUrl, mailer }) => deliverAnnouncement(em, data, { publicUrl, mailFrom: mailer.from }),
});

/** Queued in the caller's transaction: invitees hear of a change only if it commits. */
export async function announceMeeting(em: EntityManager, meeting: Meeting, method: AnnouncementMethod) {
  await sendJob(em, announceMeetingJob, { meetingId: meeting.id, sequence: meeting.sequence, method });
}
