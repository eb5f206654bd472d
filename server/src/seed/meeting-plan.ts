import { createHash } from 'node:crypto';
import { MeetingStatus, RsvpResponse } from '../meetings/meeting.enums';
import { isPublicHoliday } from '../meetings/slots/public-holidays';
import { addParisDays, parisDateTime, parisDay, parisWallClock } from '../shared/time';
import type { SeedMeeting } from './seed-data';

/**
 * Where the demo meetings fall, relative to the day the demo is seeded, and how their invitees
 * answered. Pure functions: the same anchor gives the same year of meetings.
 */

const DAY_MS = 24 * 3600_000;

/** The Paris day of `weekday` (1 = Monday) in the week `week` weeks from the anchor's. */
export function dayOf(anchor: Date, week: number, weekday: number): string {
  const noon = parisDateTime(parisDay(anchor), '12:00');
  return parisDay(addParisDays(noon, week * 7 + weekday - parisWallClock(noon).weekday));
}

/** Networks do not meet in August, over Christmas and New Year, nor on public holidays. */
export function isOffDay(day: string): boolean {
  const [, month, date] = day.split('-').map(Number);
  return month === 8 || (month === 12 && date >= 20) || (month === 1 && date <= 4) || isPublicHoliday(day);
}

export interface Slot {
  /** The week it finally fell in (a nearby one when its own day was off or taken). */
  week: number;
  startsAt: Date;
  endsAt: Date;
}

/** `week`, then the weeks around it nearest first, never crossing to the other side of the anchor. */
function* weeksAround(week: number) {
  yield week;
  for (let distance = 1; distance <= 26; distance++) {
    for (const candidate of [week + distance, week - distance]) if (Math.sign(candidate) === Math.sign(week)) yield candidate;
  }
}

/**
 * Its day, or the nearest one in a week on the same side of the anchor (a held meeting stays
 * held) that is not off and not `taken` by another demo meeting: one meeting a day keeps the
 * demo's calendars free of clashes.
 */
export function placeMeeting(
  anchor: Date,
  meeting: Pick<SeedMeeting, 'key' | 'week' | 'weekday' | 'time' | 'durationMinutes'>,
  taken = new Set<string>(),
): Slot {
  for (const week of weeksAround(meeting.week)) {
    const day = dayOf(anchor, week, meeting.weekday);
    if (isOffDay(day) || taken.has(day)) continue;
    taken.add(day);
    const startsAt = parisDateTime(day, meeting.time);
    return { week, startsAt, endsAt: new Date(startsAt.getTime() + meeting.durationMinutes * 60_000) };
  }
  throw new Error(`Seed data: no free day near week ${meeting.week} for meeting ${meeting.key}`);
}

/** Due on the Friday of `dueWeek`, a week after the meeting at the earliest. */
export function dueDay(anchor: Date, dueWeek: number, meetingEnd: Date): string {
  const due = dayOf(anchor, dueWeek, 5);
  const earliest = parisDay(addParisDays(meetingEnd, 7));
  return due < earliest ? earliest : due;
}

/** Ticked off on the Wednesday of `doneWeek`, or the day after the meeting when that came first. */
export function doneAt(anchor: Date, doneWeek: number, meetingEnd: Date): Date {
  const wednesday = parisDateTime(dayOf(anchor, doneWeek, 3), '10:00');
  return wednesday > meetingEnd ? wednesday : parisDateTime(parisDay(addParisDays(meetingEnd, 1)), '10:00');
}

export function statusOf(meeting: Pick<SeedMeeting, 'week' | 'draft' | 'cancelled'>): MeetingStatus {
  if (meeting.cancelled) return MeetingStatus.CANCELLED;
  if (meeting.week < 0) return MeetingStatus.HELD;
  return meeting.draft ? MeetingStatus.DRAFT : MeetingStatus.SCHEDULED;
}

/** Scheduled four weeks ahead, or lately for a meeting far ahead. */
export function scheduledAt(anchor: Date, startsAt: Date): Date {
  return new Date(Math.min(startsAt.getTime() - 28 * DAY_MS, anchor.getTime() - 2 * DAY_MS));
}

/** A number in [0, 1) fixed by its parts: the demo's answers are the same on every seeding. */
export function draw(...parts: string[]): number {
  return createHash('sha256').update(parts.join('/')).digest().readUInt32BE(0) / 2 ** 32;
}

export interface Answer {
  response: RsvpResponse;
  respondedAt: Date | null;
  attended: boolean | null;
}

function pastResponse(roll: number): RsvpResponse {
  if (roll < 0.62) return RsvpResponse.YES;
  if (roll < 0.68) return RsvpResponse.MAYBE;
  return roll < 0.86 ? RsvpResponse.NO : RsvpResponse.PENDING;
}

/** The nearer a meeting, the more invitees have answered. */
function upcomingResponse(roll: number, split: number, week: number): RsvpResponse {
  if (roll >= Math.max(0.25, 0.85 - 0.03 * week)) return RsvpResponse.PENDING;
  if (split < 0.65) return RsvpResponse.YES;
  return split < 0.8 ? RsvpResponse.MAYBE : RsvpResponse.NO;
}

const CAME: Record<RsvpResponse, number> = { YES: 0.9, MAYBE: 0.5, NO: 0, PENDING: 0.2 };

interface AnsweredMeeting {
  key: string;
  week: number;
  status: MeetingStatus;
  attendanceRecorded: boolean;
  createdAt: Date;
  startsAt: Date;
}

/** One invitee's answer (`given` when the plan names it) and, once held, whether they came. */
export function answerOf(anchor: Date, meeting: AnsweredMeeting, email: string, given?: RsvpResponse): Answer {
  const roll = (what: string) => draw(meeting.key, email, what);
  const response =
    given ?? (meeting.week < 0 ? pastResponse(roll('answer')) : upcomingResponse(roll('answer'), roll('split'), meeting.week));
  const until = Math.min(meeting.startsAt.getTime(), anchor.getTime());
  const respondedAt =
    response === RsvpResponse.PENDING
      ? null
      : new Date(meeting.createdAt.getTime() + roll('when') * (until - meeting.createdAt.getTime()));
  const recorded = meeting.status === MeetingStatus.HELD && meeting.attendanceRecorded;
  return { response, respondedAt, attended: recorded ? roll('came') < CAME[response] : null };
}

/** When a demo agenda was built: never after the seeding day, nor before the meeting was scheduled. */
export interface AgendaTimeline {
  /** The `index`-th of `count` proposals, in the first half of the time for proposals. */
  proposedAt(index: number, count: number): Date;
  /** Its review, in the second half, before the deadline. */
  reviewedAt(index: number, count: number): Date;
  /** Published five days before the meeting, once proposals are closed. */
  publishedAt: Date;
  /** Outcomes are written down an hour after the meeting. */
  outcomeAt: Date;
}

export function agendaTimeline(anchor: Date, meeting: { createdAt: Date; startsAt: Date; endsAt: Date }): AgendaTimeline {
  const until = Math.min(addParisDays(meeting.startsAt, -7).getTime(), anchor.getTime() - 3600_000);
  const span = until - meeting.createdAt.getTime();
  const at = (share: number) => new Date(meeting.createdAt.getTime() + Math.round(span * share));
  return {
    proposedAt: (index, count) => at(0.05 + (0.4 * index) / count),
    reviewedAt: (index, count) => at(0.55 + (0.4 * index) / count),
    publishedAt: addParisDays(meeting.startsAt, -5),
    outcomeAt: new Date(Math.min(meeting.endsAt.getTime() + 3600_000, anchor.getTime())),
  };
}
