import type { EntityManager } from '@mikro-orm/postgresql';
import { Meeting } from './meeting.entity';

/** What the platform records about a meeting's mails and agenda, as opposed to what its organisers edit. */
export type MeetingBookkeeping = Partial<
  Pick<Meeting, 'announcedSequence' | 'agendaPublishedAt' | 'agendaMailedAt' | 'agendaChangedAt'>
>;

/**
 * Writes bookkeeping columns in SQL rather than through the ORM, which would raise the meeting's
 * optimistic-lock version: the organiser's next edit, made on the version they were just given,
 * would then be refused as stale although nobody edited the meeting. The entity is refreshed so
 * that the rest of the unit of work reads what was written.
 */
export async function recordMeetingBookkeeping(em: EntityManager, meeting: Meeting, changes: MeetingBookkeeping) {
  const properties = em.getMetadata().get(Meeting.name).properties;
  const entries = Object.entries(changes) as Array<[keyof MeetingBookkeeping, unknown]>;
  const columns = entries.map(([property]) => `"${properties[property].fieldNames[0]}" = ?`).join(', ');
  await em.execute(`update meeting set ${columns} where id = ?`, [...entries.map(([, value]) => value), meeting.id], 'run');
  await em.refresh(meeting);
}
