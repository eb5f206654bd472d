import type { EntityManager } from '@mikro-orm/postgresql';
import type { Commune } from '../../directory/commune.entity';
import type { Actor } from '../../shared/actor';
import { parisDateTime, parisDay } from '../../shared/time';
import type { Meeting } from '../meeting.entity';
import { MeetingStatus } from '../meeting.enums';
import { meetingError } from '../meeting.errors';
import { announceMeeting } from '../calendar/meeting-announcements';
import type { SeriesChangeInput } from './meeting-series.inputs';
import { assertSlot, communeOf, managedMeeting } from '../meeting.service';
import { LeftAloneReason, occurrencesInScope, type Occurrences, type SeriesScope } from './series-scope';

export interface SeriesOutcome extends Occurrences {
  anchor: Meeting;
}

const TEXT_FIELDS = ['place', 'onlineUrl', 'description'] as const;

/** What `input` changes in one occurrence: only the fields whose value differs. */
function changesFor(meeting: Meeting, input: SeriesChangeInput, commune: Commune | null | undefined): Partial<Meeting> {
  const changes: Partial<Meeting> = {};
  const title = input.title?.trim();
  if (title && title !== meeting.title) changes.title = title;
  for (const field of TEXT_FIELDS) {
    if (input[field] !== undefined && (input[field] ?? null) !== (meeting[field] ?? null)) changes[field] = input[field] ?? null;
  }
  if (commune !== undefined && (commune?.inseeCode ?? null) !== (meeting.commune?.unwrap().inseeCode ?? null))
    changes.commune = commune as never;
  const startsAt = input.startTime ? parisDateTime(parisDay(meeting.startsAt), input.startTime) : meeting.startsAt;
  const minutes = input.durationMinutes ?? (meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000;
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  if (startsAt.getTime() !== meeting.startsAt.getTime()) changes.startsAt = startsAt;
  if (endsAt.getTime() !== meeting.endsAt.getTime()) changes.endsAt = endsAt;
  return changes;
}

const isEmpty = (input: SeriesChangeInput) => Object.values(input).every((value) => value === undefined);

/** Sorted as the series runs, so the client can list them as they come. */
function inTimeOrder(outcome: SeriesOutcome): SeriesOutcome {
  outcome.leftAlone.sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime());
  return outcome;
}

/** The occurrences a change with this scope would touch and leave alone, before anything is saved. */
export async function seriesChangePreview(
  em: EntityManager,
  actor: Actor,
  meetingId: string,
  scope: SeriesScope,
): Promise<SeriesOutcome> {
  const anchor = await managedMeeting(em, actor, meetingId);
  return { anchor, ...(await occurrencesInScope(em, anchor, scope)) };
}

/**
 * Applies one change to the occurrences of a scope, locked for the time of it. Managing the meeting
 * named is managing them all: a series' meetings share their networks, which no edit changes. Each changed
 * meeting gets a new version and SEQUENCE and its invitees are told; cancelled, past and
 * already-matching occurrences are left alone and listed as such.
 */
export async function updateMeetingSeries(
  em: EntityManager,
  actor: Actor,
  meetingId: string,
  scope: SeriesScope,
  input: SeriesChangeInput,
) {
  if (isEmpty(input)) throw meetingError('EMPTY_SERIES_CHANGE');
  return em.transactional(async (tx) => {
    const anchor = await managedMeeting(tx, actor, meetingId);
    const { changeable, leftAlone } = await occurrencesInScope(tx, anchor, scope, true);
    const commune = input.communeInseeCode !== undefined ? await communeOf(tx, input.communeInseeCode) : undefined;
    const changed: Meeting[] = [];
    for (const meeting of changeable) {
      const changes = changesFor(meeting, input, commune);
      if (!Object.keys(changes).length) {
        leftAlone.push({ meeting, reason: LeftAloneReason.UNCHANGED });
        continue;
      }
      assertSlot(changes.startsAt ?? meeting.startsAt, changes.endsAt ?? meeting.endsAt);
      tx.assign(meeting, { ...changes, sequence: meeting.sequence + 1 });
      changed.push(meeting);
    }
    await tx.flush();
    for (const meeting of changed) if (meeting.status === MeetingStatus.SCHEDULED) await announceMeeting(tx, meeting, 'REQUEST');
    return inTimeOrder({ anchor, changeable: changed, leftAlone });
  });
}

/** Calls off the occurrences of a scope that are still to come, and tells their invitees. */
export async function cancelMeetingSeries(
  em: EntityManager,
  actor: Actor,
  meetingId: string,
  scope: SeriesScope,
  reason: string | null,
) {
  return em.transactional(async (tx) => {
    const anchor = await managedMeeting(tx, actor, meetingId);
    const { changeable, leftAlone } = await occurrencesInScope(tx, anchor, scope, true);
    const announced = changeable.filter((meeting) => meeting.status !== MeetingStatus.DRAFT);
    for (const meeting of changeable) {
      tx.assign(meeting, {
        status: MeetingStatus.CANCELLED,
        cancellationReason: reason?.trim() || null,
        sequence: meeting.sequence + 1,
      });
    }
    await tx.flush();
    for (const meeting of announced) await announceMeeting(tx, meeting, 'CANCEL');
    return inTimeOrder({ anchor, changeable, leftAlone });
  });
}
