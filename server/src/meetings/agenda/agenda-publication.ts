import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineJob, PATIENT_RETRIES } from '../../jobs/job-definition';
import { sendJob } from '../../jobs/send-job';
import { queueMail } from '../../mail/queue-mail';
import type { Actor } from '../../shared/actor';
import { Meeting } from '../meeting.entity';
import { recordMeetingBookkeeping } from '../meeting-bookkeeping';
import { MeetingStatus } from '../meeting.enums';
import { meetingError } from '../meeting.errors';
import { managedMeeting } from '../meeting.service';
import type { MeetingMailSettings } from '../calendar/meeting-mail';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemStatus } from './agenda.enums';
import { agendaError } from './agenda.errors';
import { agendaMail } from './agenda-mail';

/** After publication, any change to the agenda marks it changed: the managers publish it again. */
export async function markAgendaChanged(em: EntityManager, meeting: Meeting) {
  if (!meeting.agendaPublishedAt) return;
  await em.flush();
  await recordMeetingBookkeeping(em, meeting, { agendaChangedAt: new Date() });
}

interface PublicationData {
  meetingId: string;
  publishedAt: string;
}

/** Fixes the agenda and mails it to the invitees (again, when republished after a change). */
export async function publishAgenda(em: EntityManager, actor: Actor, meetingId: string) {
  return em.transactional(async (tx) => {
    const meeting = await managedMeeting(tx, actor, meetingId, LockMode.PESSIMISTIC_WRITE);
    if (meeting.status !== MeetingStatus.SCHEDULED)
      throw meetingError(meeting.status === MeetingStatus.DRAFT ? 'DRAFT_NOT_OPEN' : 'CANCELLED');
    if ((await tx.count(AgendaItem, { meeting, status: AgendaItemStatus.ACCEPTED })) === 0)
      throw agendaError('NOTHING_TO_PUBLISH');
    const publishedAt = new Date();
    await recordMeetingBookkeeping(tx, meeting, { agendaPublishedAt: publishedAt, agendaChangedAt: null });
    await sendJob(tx, publishAgendaJob, { meetingId: meeting.id, publishedAt: publishedAt.toISOString() });
    return meeting;
  });
}

/** One mail per invitee; only for the latest publication, and once (the job may run twice). */
export async function deliverAgenda(em: EntityManager, data: PublicationData, settings: MeetingMailSettings) {
  await em.transactional(async (tx) => {
    const meeting = await tx.findOne(Meeting, data.meetingId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const publishedAt = new Date(data.publishedAt);
    if (!meeting || meeting.agendaPublishedAt?.getTime() !== publishedAt.getTime()) return;
    if (meeting.agendaMailedAt && meeting.agendaMailedAt >= publishedAt) return;
    const items = await tx.find(
      AgendaItem,
      { meeting, status: AgendaItemStatus.ACCEPTED },
      { orderBy: { position: 'asc' }, populate: ['presenter', 'organization'] },
    );
    for (const invitation of await meeting.invitations.load({ populate: ['person'] })) {
      const person = invitation.person.getEntity();
      if (person.email) await queueMail(tx, { to: person.email, ...(await agendaMail(meeting, items, invitation, settings)) });
    }
    await recordMeetingBookkeeping(tx, meeting, { agendaMailedAt: publishedAt });
  });
}

export const publishAgendaJob = defineJob<PublicationData>({
  name: 'meetings.publish-agenda',
  retry: PATIENT_RETRIES,
  handle: (data, { em, publicUrl, mailer }) => deliverAgenda(em, data, { publicUrl, mailFrom: mailer.from }),
});
