import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../directory/person.entity';
import type { Actor } from '../shared/actor';
import { ActionItem } from './action-item.entity';
import { meetingError } from './meeting.errors';
import { canChangeActionItem } from './meeting.policy';
import { managedMeeting } from './meeting.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function assertDay(dueOn: string | null | undefined) {
  if (dueOn && (!DAY.test(dueOn) || Number.isNaN(Date.parse(`${dueOn}T00:00:00Z`)))) throw meetingError('BAD_DUE_DATE');
}

export interface ActionItemRequest {
  title: string;
  ownerId?: string | null;
  dueOn?: string | null;
}

/** A follow-up decided in the meeting, added by its managers. */
export async function addActionItem(em: EntityManager, actor: Actor, meetingId: string, request: ActionItemRequest) {
  assertDay(request.dueOn);
  const title = request.title.trim();
  if (title.length < 3 || title.length > 300) throw meetingError('BAD_ACTION_TITLE');
  return em.transactional(async (tx) => {
    const meeting = await managedMeeting(tx, actor, meetingId);
    const owner = request.ownerId ? await tx.findOne(Person, request.ownerId) : null;
    if (request.ownerId && !owner) throw meetingError('UNKNOWN_OWNER');
    return tx.create(ActionItem, { meeting, title, owner, dueOn: request.dueOn ?? null });
  });
}

/** Its owner or the meeting's managers tick it off (or reopen it). */
export async function setActionItemDone(em: EntityManager, actor: Actor, id: string, done: boolean) {
  return em.transactional(async (tx) => {
    const item = await tx.findOne(ActionItem, id);
    if (!item) throw meetingError('ACTION_ITEM_NOT_FOUND');
    if (!(await canChangeActionItem(actor, item))) throw meetingError('CANNOT_CHANGE_ACTION_ITEM');
    item.done = done;
    item.doneAt = done ? (item.doneAt ?? new Date()) : null;
    return item;
  });
}
