import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineJob, PATIENT_RETRIES } from '../../jobs/job-definition';
import { queueMail } from '../../mail/queue-mail';
import { addParisDays, parisDateTime, parisDay } from '../../shared/time';
import { Invitation } from '../invitation.entity';
import { mintAnswerLink } from './invitation-link.service';
import { Meeting } from '../meeting.entity';
import { MeetingStatus, RsvpResponse } from '../meeting.enums';
import { reminderMail, type MeetingMailSettings } from './meeting-mail';
import { MeetingReminder } from './meeting-reminder.entity';

interface Window {
  from: Date;
  to: Date;
}

/** The Paris calendar day after `now`, as instants: 23 or 25 hours long on the days clocks change. */
export function nextParisDay(now: Date): Window {
  return {
    from: parisDateTime(parisDay(addParisDays(now, 1)), '00:00'),
    to: parisDateTime(parisDay(addParisDays(now, 2)), '00:00'),
  };
}

/**
 * One meeting's reminders: every invitee who has not declined, with a fresh answer link. The mails
 * and the MeetingReminder row commit together under the meeting's row lock, so a second run (a
 * retry, a second instance) finds the row and sends nothing.
 */
async function remindMeeting(
  em: EntityManager,
  meetingId: string,
  window: Window,
  settings: MeetingMailSettings,
): Promise<number> {
  return em.transactional(async (tx) => {
    const meeting = await tx.findOne(Meeting, meetingId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!meeting || meeting.status !== MeetingStatus.SCHEDULED) return 0;
    if (meeting.startsAt < window.from || meeting.startsAt >= window.to) return 0;
    if ((await tx.count(MeetingReminder, { meeting, startsAt: meeting.startsAt })) > 0) return 0;
    const invitations = await tx.find(Invitation, { meeting, response: { $ne: RsvpResponse.NO } }, { populate: ['person'] });
    let queued = 0;
    for (const invitation of invitations) {
      const to = invitation.person.getEntity().email;
      if (!to) continue;
      await queueMail(tx, { to, ...(await reminderMail(meeting, invitation, settings, mintAnswerLink(tx, invitation))) });
      queued += 1;
    }
    tx.create(MeetingReminder, { meeting, startsAt: meeting.startsAt });
    return queued;
  });
}

/** Reminds the invitees of the scheduled meetings of the Paris day after `now`; returns the mails queued. */
export async function sendReminders(em: EntityManager, now: Date, settings: MeetingMailSettings): Promise<number> {
  const window = nextParisDay(now);
  const due = await em
    .fork()
    .find(
      Meeting,
      { status: MeetingStatus.SCHEDULED, startsAt: { $gte: window.from, $lt: window.to } },
      { fields: ['id'], orderBy: { startsAt: 'asc' } },
    );
  let queued = 0;
  for (const { id } of due) queued += await remindMeeting(em.fork(), id, window, settings);
  return queued;
}

export const meetingRemindersJob = defineJob<Record<string, never>>({
  name: 'meetings.remind',
  retry: PATIENT_RETRIES,
  // 9:00 on Paris clocks (the runner reads crons in Europe/Paris), whatever the season.
  schedule: { cron: '0 9 * * *', data: {} },
  handle: async (_data, { em, publicUrl, mailer }) => {
    await sendReminders(em, new Date(), { publicUrl, mailFrom: mailer.from });
  },
});
