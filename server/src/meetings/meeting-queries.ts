import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireActor } from '../accounts/account.policy';
import type { Viewer } from '../shared/actor';
import type { PageRequest } from '../shared/pagination';
import { Invitation } from './invitation.entity';
import { currentMembersOf } from './invitees';
import { Meeting } from './meeting.entity';
import { MeetingStatus, RsvpResponse } from './meeting.enums';
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

export interface SchedulingConflict {
  person: Invitation['person'];
  meeting: Meeting;
}

/**
 * People the networks would invite who already expect to be elsewhere then: invited, and not
 * declining, to a dated meeting that overlaps the slot, in any network.
 */
export async function schedulingConflicts(
  em: EntityManager,
  viewer: Viewer,
  slot: { networkSlugs: string[]; startsAt: Date; endsAt: Date; exceptMeetingId?: string | null },
) {
  const actor = requireActor(viewer);
  assertSlot(slot.startsAt, slot.endsAt);
  const networks = await networksBySlugs(em, slot.networkSlugs);
  if (
    !canManageNetworks(
      actor,
      networks.map((n) => n.id),
    )
  )
    throw meetingError('CANNOT_SCHEDULE_FOR');
  const people = await currentMembersOf(
    em,
    networks.map((n) => n.id),
  );
  if (!people.length) return [];
  const busy = await em.find(
    Invitation,
    {
      person: { $in: people.map((p) => p.id) },
      response: { $ne: RsvpResponse.NO },
      meeting: {
        status: MeetingStatus.SCHEDULED,
        startsAt: { $lt: slot.endsAt },
        endsAt: { $gt: slot.startsAt },
        ...(slot.exceptMeetingId ? { id: { $ne: slot.exceptMeetingId } } : {}),
      },
    },
    { populate: ['meeting', 'person'], orderBy: { meeting: { startsAt: 'asc' }, person: { lastName: 'asc' } } },
  );
  return busy.map((invitation) => ({ person: invitation.person.getEntity(), meeting: invitation.meeting.getEntity() }));
}
