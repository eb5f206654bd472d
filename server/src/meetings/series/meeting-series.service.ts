import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../accounts/user.entity';
import type { Actor } from '../../shared/actor';
import { Meeting } from '../meeting.entity';
import { MeetingStatus } from '../meeting.enums';
import { meetingError } from '../meeting.errors';
import { canManageNetworks } from '../meeting.policy';
import { MeetingSeries } from './meeting-series.entity';
import type { ScheduleMeetingSeriesInput } from './meeting-series.inputs';
import { assertKindFits, assertSlot, communeOf, networksBySlugs, openMeeting } from '../meeting.service';
import { seriesSlots, spansTooLong } from './series-occurrences';

/**
 * Creates every meeting of a series at once: real meetings, each with its own id, invitations and
 * announcement (as scheduleMeeting does), which can later be moved or cancelled one by one.
 */
export async function scheduleMeetingSeries(em: EntityManager, actor: Actor, input: ScheduleMeetingSeriesInput) {
  if (input.draft) throw meetingError('SERIES_NOT_DRAFT');
  assertSlot(input.startsAt, input.endsAt);
  const slots = seriesSlots(input, input);
  if (spansTooLong(slots)) throw meetingError('SERIES_TOO_LONG');
  for (const slot of slots) assertSlot(slot.startsAt, slot.endsAt);
  return em.transactional(async (tx) => {
    const networks = await networksBySlugs(tx, input.networkSlugs);
    assertKindFits(input.kind, networks.length);
    if (
      !canManageNetworks(
        actor,
        networks.map((n) => n.id),
      )
    )
      throw meetingError('CANNOT_SCHEDULE_FOR');
    const commune = await communeOf(tx, input.communeInseeCode);
    const series = tx.create(MeetingSeries, { frequency: input.frequency, interval: input.interval, count: input.count });
    for (const slot of slots) {
      const meeting = tx.create(Meeting, {
        title: input.title.trim(),
        kind: input.kind,
        status: MeetingStatus.SCHEDULED,
        ...slot,
        commune,
        place: input.place ?? null,
        onlineUrl: input.onlineUrl ?? null,
        description: input.description ?? null,
        isPublic: input.isPublic ?? false,
        series,
        createdBy: actor.kind === 'user' ? tx.getReference(User, actor.userId) : null,
      });
      meeting.networks.set(networks);
      await openMeeting(tx, meeting);
    }
    return series;
  });
}
