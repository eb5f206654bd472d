import type { EntityManager } from '@mikro-orm/postgresql';
import { defineJob, PATIENT_RETRIES } from '../jobs/job-definition';
import { MeetingStatus } from './meeting.enums';

/**
 * A dated meeting that has ended took place unless someone cancelled it: it becomes HELD, so
 * calendars and lists show it as past business (attendance, when recorded, does the same sooner).
 * A plain update: the version stays, so an animator's open edit form (minutes) is not made stale.
 */
export async function markEndedMeetingsHeld(em: EntityManager, now = new Date()): Promise<number> {
  // SQL rather than nativeUpdate, which would raise the optimistic-lock version too.
  const result = await em
    .getConnection()
    .execute<{ affectedRows: number }>(
      `update meeting set status = ? where status = ? and ends_at < ?`,
      [MeetingStatus.HELD, MeetingStatus.SCHEDULED, now],
      'run',
    );
  return result.affectedRows;
}

export const meetingsHeldJob = defineJob<Record<string, never>>({
  name: 'meetings.mark-held',
  retry: PATIENT_RETRIES,
  // Hourly, at :40 — away from the purges (03:15, 03:20, :07) and the 9:00 reminders.
  schedule: { cron: '40 * * * *', data: {} },
  handle: async (_data, { em }) => {
    await markEndedMeetingsHeld(em);
  },
});
