import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor';
import { managedMeeting } from '../meeting.service';
import { networkIdsOf } from '../meeting.policy';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemStatus } from './agenda.enums';

/**
 * Brings the deferred items of earlier meetings of the same networks (not yet carried) to this
 * meeting, as new proposals linked to the item they continue: the dossier keeps the whole history.
 * Explicit, not automatic: the animators choose when the next agenda takes them up.
 */
export async function carryOverDeferredItems(em: EntityManager, actor: Actor, meetingId: string) {
  return em.transactional(async (tx) => {
    const meeting = await managedMeeting(tx, actor, meetingId, LockMode.PESSIMISTIC_WRITE);
    const networkIds = await networkIdsOf(meeting);
    const deferred = await tx.find(
      AgendaItem,
      {
        status: AgendaItemStatus.DEFERRED,
        carriedOverAt: null,
        meeting: { id: { $ne: meeting.id }, startsAt: { $lt: meeting.startsAt }, networks: { id: { $in: networkIds } } },
      },
      { orderBy: { createdAt: 'asc' } },
    );
    const now = new Date();
    for (const item of deferred) {
      item.carriedOverAt = now;
      tx.create(AgendaItem, {
        meeting,
        title: item.title,
        description: item.description,
        kind: item.kind,
        durationMinutes: item.durationMinutes,
        links: [...item.links],
        proposedBy: item.proposedBy,
        presenter: item.presenter,
        organization: item.organization,
        carriedFrom: ref(item),
      });
    }
    return meeting;
  });
}
