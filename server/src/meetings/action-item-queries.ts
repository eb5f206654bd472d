import type { EntityManager } from '@mikro-orm/postgresql';
import { requireUser } from '../accounts/account.policy';
import type { Actor } from '../shared/actor';
import { ActionItem } from './action-item.entity';
import { MeetingStatus } from './meeting.enums';

const ORDER = { dueOn: 'asc nulls last', createdAt: 'asc' } as const;

/** Open actions the actor's person owns, across every meeting. */
export function openActionItemsOf(em: EntityManager, actor: Actor) {
  const user = requireUser(actor);
  if (!user.personId) return Promise.resolve([]);
  return em.find(ActionItem, { owner: user.personId, done: false }, { orderBy: ORDER });
}

/** Open actions decided in a network's meetings (the caller checks the viewer takes part). */
export function openActionItemsOfNetwork(em: EntityManager, networkId: string) {
  return em.find(
    ActionItem,
    { done: false, meeting: { networks: { id: networkId }, status: { $ne: MeetingStatus.CANCELLED } } },
    { orderBy: ORDER, limit: 200 },
  );
}
