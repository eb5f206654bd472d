import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity';
import type { Actor } from '../shared/actor';
import { roadmapError } from './roadmap.errors';
import type { UpdateRoadmapActionArgs } from './roadmap.inputs';
import { canUpdateRoadmapAction } from './roadmap.policy';
import { RoadmapAction } from './roadmap-action.entity';
import { RoadmapActionUpdate } from './roadmap-action-update.entity';

export async function findAction(em: EntityManager, id: string, lockMode?: LockMode) {
  const action = await em.findOne(RoadmapAction, { id }, lockMode ? { lockMode, refresh: true } : {});
  if (!action) throw roadmapError('ACTION_NOT_FOUND');
  return action;
}

const authorOf = (actor: Actor) =>
  actor.kind === 'user'
    ? { author: ref(User, actor.userId), authorName: actor.displayName }
    : { author: null, authorName: actor.name };

/**
 * Gives an action a status and a dated comment. Updates are taken one at a time under the
 * action's row lock, so two at once both land, numbered in the order they were made; a form sent
 * with the revision it was filled from is refused when another update landed in between.
 */
export async function updateRoadmapAction(em: EntityManager, actor: Actor, args: UpdateRoadmapActionArgs) {
  return em.transactional(async (tx) => {
    const action = await findAction(tx, args.id, LockMode.PESSIMISTIC_WRITE);
    if (!canUpdateRoadmapAction(actor, action)) throw roadmapError('CANNOT_UPDATE_ACTION');
    if (args.expectedRevision != null && args.expectedRevision !== action.revision) throw roadmapError('STALE_REVISION');
    const comment = args.comment?.trim() || null;
    if (args.status === action.status && !comment) throw roadmapError('NOTHING_TO_RECORD');
    action.status = args.status;
    action.revision += 1;
    tx.create(RoadmapActionUpdate, {
      action,
      revision: action.revision,
      status: args.status,
      comment,
      at: new Date(),
      ...authorOf(actor),
    });
    return action;
  });
}
