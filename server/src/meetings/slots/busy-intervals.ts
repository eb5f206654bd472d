import type { EntityManager } from '@mikro-orm/postgresql';
import type { Person } from '../../directory/person.entity';
import { Invitation } from '../invitation.entity';
import type { Meeting } from '../meeting.entity';
import { MeetingStatus, RsvpResponse } from '../meeting.enums';

/** Someone expected elsewhere: the same shape as a SchedulingConflict. */
export interface Busy {
  person: Person;
  meeting: Meeting;
}

/**
 * Where these people are expected between two instants — the rule of schedulingConflicts: invited,
 * not declining, to a dated (SCHEDULED) meeting that overlaps — in one query, for callers that
 * then test many slots in memory (suggested slots, the slots of a date poll).
 */
export async function busyBetween(em: EntityManager, personIds: string[], from: Date, to: Date): Promise<Busy[]> {
  if (!personIds.length) return [];
  const invitations = await em.find(
    Invitation,
    {
      person: { $in: personIds },
      response: { $ne: RsvpResponse.NO },
      meeting: { status: MeetingStatus.SCHEDULED, startsAt: { $lt: to }, endsAt: { $gt: from } },
    },
    { populate: ['meeting', 'person'], orderBy: { meeting: { startsAt: 'asc' }, person: { lastName: 'asc', firstName: 'asc' } } },
  );
  return invitations.map((invitation) => ({ person: invitation.person.getEntity(), meeting: invitation.meeting.getEntity() }));
}

/** Those of `busy` whose meeting overlaps the slot. */
export const busyDuring = (busy: Busy[], slot: { startsAt: Date; endsAt: Date }) =>
  busy.filter(({ meeting }) => meeting.startsAt < slot.endsAt && meeting.endsAt > slot.startsAt);

/** How many different people are busy. */
export const countPeople = (busy: Busy[]) => new Set(busy.map(({ person }) => person.id)).size;
