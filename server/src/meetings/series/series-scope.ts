import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { Meeting } from '../meeting.entity';
import { MeetingStatus } from '../meeting.enums';
import { meetingError } from '../meeting.errors';

export enum SeriesScope {
  THIS_ONLY = 'THIS_ONLY',
  THIS_AND_FOLLOWING = 'THIS_AND_FOLLOWING',
  ALL = 'ALL',
}
registerEnumType(SeriesScope, {
  name: 'SeriesScope',
  valuesConfig: {
    THIS_ONLY: { description: 'This meeting only.' },
    THIS_AND_FOLLOWING: { description: 'This meeting and the later ones of its series.' },
    ALL: { description: 'Every meeting of its series, earlier ones included.' },
  },
});

/** Why an occurrence within the scope was left as it was. */
export enum LeftAloneReason {
  CANCELLED = 'CANCELLED',
  PAST = 'PAST',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(LeftAloneReason, {
  name: 'SeriesLeftAloneReason',
  valuesConfig: {
    CANCELLED: { description: 'Already cancelled.' },
    PAST: { description: 'Already held, or started: its record stays as it was.' },
    UNCHANGED: { description: 'Already as asked: nothing to change, nobody to tell.' },
  },
});

export interface Occurrences {
  changeable: Meeting[];
  leftAlone: Array<{ meeting: Meeting; reason: LeftAloneReason }>;
}

/** Cancelled and past occurrences are never touched: a held meeting keeps its record. */
function reasonToLeave(meeting: Meeting, now: Date): LeftAloneReason | null {
  if (meeting.status === MeetingStatus.CANCELLED) return LeftAloneReason.CANCELLED;
  if (meeting.status === MeetingStatus.HELD || meeting.startsAt <= now) return LeftAloneReason.PAST;
  return null;
}

/**
 * The occurrences a scope names, in time order, split into those a change applies to and those
 * left alone. With `lock`, they are locked in id order (every writer takes them in the same order,
 * so two series edits wait for each other instead of deadlocking).
 */
export async function occurrencesInScope(
  em: EntityManager,
  anchor: Meeting,
  scope: SeriesScope,
  lock = false,
): Promise<Occurrences> {
  if (!anchor.series) throw meetingError('NOT_IN_SERIES');
  const where =
    scope === SeriesScope.THIS_ONLY
      ? { id: anchor.id }
      : scope === SeriesScope.THIS_AND_FOLLOWING
        ? { series: anchor.series.id, startsAt: { $gte: anchor.startsAt } }
        : { series: anchor.series.id };
  // `refresh`: a locked read must see what a writer that went first committed, not the identity map.
  const meetings = lock
    ? await em.find(Meeting, where, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true })
    : await em.find(Meeting, where);
  meetings.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const now = new Date();
  const result: Occurrences = { changeable: [], leftAlone: [] };
  for (const meeting of meetings) {
    const reason = reasonToLeave(meeting, now);
    if (reason) result.leftAlone.push({ meeting, reason });
    else result.changeable.push(meeting);
  }
  return result;
}
