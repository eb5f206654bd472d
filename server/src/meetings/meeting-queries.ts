import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireActor } from '../accounts/account.policy';
import type { Viewer } from '../shared/actor';
import type { PageRequest } from '../shared/pagination';
import { currentMembersOf } from './invitees';
import { busyBetween } from './slots/busy-intervals';
import { Meeting } from './meeting.entity';
import { meetingError } from './meeting.errors';
import type { MeetingFilter } from './meeting.inputs';
import { canManageNetworks, readableMeetingsFilter } from './meeting.policy';
import { assertSlot, networksBySlugs } from './meeting.service';

function filterWhere(viewer: Viewer, filter: MeetingFilter): FilterQuery<Meeting> {
  const personId = viewer?.kind === 'user' ? viewer.personId : null;
  return {
    $and: [
      readableMeetingsFilter(viewer),
      ...(filter.networkSlug ? [{ networks: { slug: filter.networkSlug } }] : []),
      ...(filter.kind ? [{ kind: filter.kind }] : []),
      ...(filter.status ? [{ status: filter.status }] : []),
      ...(filter.from ? [{ endsAt: { $gt: filter.from } }] : []),
      ...(filter.to ? [{ startsAt: { $lt: filter.to } }] : []),
      ...(filter.invitedOnly ? [{ invitations: { person: personId ?? '' } }] : []),
    ],
  };
}

/** The meetings the viewer may read, in time order. */
export async function listMeetings(em: EntityManager, viewer: Viewer, filter: MeetingFilter, page: PageRequest) {
  const [nodes, totalCount] = await em.findAndCount(Meeting, filterWhere(viewer, filter), {
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: page.limit,
    offset: page.offset,
  });
  return { nodes, totalCount, offset: page.offset };
}

/** A network's calendar can span years; 500 meetings is more than a decade of the busiest one. */
export const CALENDAR_LIMIT = 500;

/**
 * A network's meetings the viewer may read in a period, for its calendar: straight from the
 * network's id and without the count a connection needs (the benchmark's ≤ 4 statements).
 */
export function networkCalendar(
  em: EntityManager,
  viewer: Viewer,
  networkId: string,
  period: { from?: Date | null; to?: Date | null },
  limit: number,
) {
  const where: FilterQuery<Meeting> = {
    $and: [
      readableMeetingsFilter(viewer),
      { networks: networkId },
      ...(period.from ? [{ endsAt: { $gt: period.from } }] : []),
      ...(period.to ? [{ startsAt: { $lt: period.to } }] : []),
    ],
  };
  // The commune comes in the same statement: a calendar shows where each meeting is.
  return em.find(Meeting, where, { orderBy: { startsAt: 'asc', id: 'asc' }, limit, populate: ['commune'], strategy: 'joined' });
}

/**
 * People the networks would invite who already expect to be elsewhere then: invited, and not
 * declining, to a dated meeting that overlaps the slot, in any network (the rule of busyBetween).
 */
export async function schedulingConflicts(
  em: EntityManager,
  viewer: Viewer,
  slot: { networkSlugs: string[]; startsAt: Date; endsAt: Date; exceptMeetingId?: string | null },
) {
  const actor = requireActor(viewer);
  assertSlot(slot.startsAt, slot.endsAt);
  const networkIds = (await networksBySlugs(em, slot.networkSlugs)).map((network) => network.id);
  if (!canManageNetworks(actor, networkIds)) throw meetingError('CANNOT_SCHEDULE_FOR');
  const people = await currentMembersOf(em, networkIds);
  const busy = await busyBetween(
    em,
    people.map((person) => person.id),
    slot.startsAt,
    slot.endsAt,
  );
  return busy.filter(({ meeting }) => meeting.id !== slot.exceptMeetingId);
}
