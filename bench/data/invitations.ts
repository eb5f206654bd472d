import { MeetingStatus, RsvpResponse } from '../../server/src/meetings/meeting.enums';
import type { CopyValue } from './copy-in';
import { Random, stableId } from './random';

type Row = CopyValue[];

/** Rows that COPY reads one at a time, made on the fly: millions of invitations never sit in memory. */
export interface Rows extends Iterable<Row> {
  readonly length: number;
}

/** A dated meeting and the people its networks' memberships name. */
export interface Planned {
  id: string;
  startsAt: Date;
  status: MeetingStatus;
  createdAt: Date;
  invitees: string[];
}

const WEEK_MS = 7 * 86_400_000;
const CAME: Record<RsvpResponse, number> = { YES: 0.9, MAYBE: 0.5, NO: 0, PENDING: 0.2 };

/** Every invitation of the meetings, answers drawn from each meeting's own stream: the same rows on every run. */
export function invitationRows(meetings: Planned[], count: number, seed: string, today: Date): Rows {
  return {
    length: count,
    *[Symbol.iterator]() {
      let n = 0;
      for (const meeting of meetings) {
        const random = new Random(`${seed}/rsv/${meeting.id}`);
        for (const person of meeting.invitees)
          yield invitationRow(stableId('rsv', `${seed}/rsv/${++n}`), meeting, person, random, today);
      }
    },
  };
}

/** Held meetings: most answered, most who said yes came. Coming ones: the nearer, the more answers. */
function invitationRow(id: string, meeting: Planned, person: string, random: Random, today: Date): Row {
  const roll = random.next();
  const weeksAhead = (meeting.startsAt.getTime() - today.getTime()) / WEEK_MS;
  let response: RsvpResponse;
  if (weeksAhead < 0)
    response =
      roll < 0.62 ? RsvpResponse.YES : roll < 0.68 ? RsvpResponse.MAYBE : roll < 0.86 ? RsvpResponse.NO : RsvpResponse.PENDING;
  else if (roll >= Math.max(0.25, 0.85 - 0.03 * weeksAhead)) response = RsvpResponse.PENDING;
  else
    response = random.weighted([
      [RsvpResponse.YES, 65],
      [RsvpResponse.MAYBE, 15],
      [RsvpResponse.NO, 20],
    ] as const);
  const until = Math.min(meeting.startsAt.getTime(), today.getTime());
  const answered =
    response === RsvpResponse.PENDING
      ? null
      : new Date(meeting.createdAt.getTime() + random.next() * (until - meeting.createdAt.getTime()));
  const attended = meeting.status === MeetingStatus.HELD ? random.next() < CAME[response] : null;
  return [id, meeting.id, person, response, answered?.toISOString() ?? null, attended, meeting.createdAt.toISOString()];
}
