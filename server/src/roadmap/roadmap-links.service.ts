import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/postgresql';
import { User } from '../accounts/user.entity';
import { AgendaItem } from '../meetings/agenda/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { canReadAgendaItem, canReadMeeting } from '../meetings/meeting.policy';
import { Training } from '../trainings/training.entity';
import { canReadTraining } from '../trainings/training.policy';
import type { Actor } from '../shared/actor';
import { roadmapError } from './roadmap.errors';
import { canLinkWork } from './roadmap.policy';
import { findAction } from './roadmap.service';
import { RoadmapWorkLink } from './roadmap-work-link.entity';

/** Where work is linked from: a meeting, an agenda item or a training, that the actor may read. */
type Target = { meeting: Meeting } | { agendaItem: AgendaItem } | { training: Training };

async function linkableAction(em: EntityManager, actor: Actor, actionId: string) {
  const action = await findAction(em, actionId);
  if (!canLinkWork(actor, action)) throw roadmapError('CANNOT_UPDATE_ACTION');
  return action;
}

async function meetingTarget(em: EntityManager, actor: Actor, meetingId: string): Promise<Target> {
  const meeting = await em.findOne(Meeting, { id: meetingId });
  if (!meeting || !(await canReadMeeting(actor, meeting))) throw roadmapError('MEETING_NOT_FOUND');
  return { meeting };
}

async function agendaItemTarget(em: EntityManager, actor: Actor, agendaItemId: string): Promise<Target> {
  const agendaItem = await em.findOne(AgendaItem, { id: agendaItemId });
  if (!agendaItem || !(await canReadAgendaItem(actor, agendaItem))) throw roadmapError('AGENDA_ITEM_NOT_FOUND');
  return { agendaItem };
}

async function trainingTarget(em: EntityManager, actor: Actor, trainingId: string): Promise<Target> {
  const training = await em.findOne(Training, { id: trainingId });
  if (!training || !(await canReadTraining(actor, training))) throw roadmapError('TRAINING_NOT_FOUND');
  return { training };
}

/** Links once: linking again what is already linked changes nothing. */
async function link(em: EntityManager, actor: Actor, actionId: string, target: (tx: EntityManager) => Promise<Target>) {
  return em.transactional(async (tx) => {
    const action = await linkableAction(tx, actor, actionId);
    const found = await target(tx);
    if (!(await tx.findOne(RoadmapWorkLink, { action, ...found }))) {
      tx.create(RoadmapWorkLink, {
        action,
        ...found,
        linkedBy: actor.kind === 'user' ? ref(User, actor.userId) : null,
        linkedAt: new Date(),
      });
    }
    return action;
  });
}

async function unlink(
  em: EntityManager,
  actor: Actor,
  actionId: string,
  where: { meeting: string } | { agendaItem: string } | { training: string },
) {
  return em.transactional(async (tx) => {
    const action = await linkableAction(tx, actor, actionId);
    await tx.nativeDelete(RoadmapWorkLink, { action, ...where });
    return action;
  });
}

export const linkMeeting = (em: EntityManager, actor: Actor, meetingId: string, actionId: string) =>
  link(em, actor, actionId, (tx) => meetingTarget(tx, actor, meetingId));

export const linkAgendaItem = (em: EntityManager, actor: Actor, agendaItemId: string, actionId: string) =>
  link(em, actor, actionId, (tx) => agendaItemTarget(tx, actor, agendaItemId));

export const unlinkMeeting = (em: EntityManager, actor: Actor, meetingId: string, actionId: string) =>
  unlink(em, actor, actionId, { meeting: meetingId });

export const unlinkAgendaItem = (em: EntityManager, actor: Actor, agendaItemId: string, actionId: string) =>
  unlink(em, actor, actionId, { agendaItem: agendaItemId });

export const linkTraining = (em: EntityManager, actor: Actor, trainingId: string, actionId: string) =>
  link(em, actor, actionId, (tx) => trainingTarget(tx, actor, trainingId));

export const unlinkTraining = (em: EntityManager, actor: Actor, trainingId: string, actionId: string) =>
  unlink(em, actor, actionId, { training: trainingId });
