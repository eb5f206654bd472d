import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor';
import { outcomesOpen } from '../meeting.policy';
import { AgendaItemKind, AgendaItemStatus, OpinionKind } from './agenda.enums';
import { agendaError } from './agenda.errors';
import { lockedItem } from './agenda.service';

/** The outcome of an item, once the meeting has started: an opinion has its sense, a decision its text. */
export async function recordOutcome(em: EntityManager, actor: Actor, id: string, outcome: string, opinion: OpinionKind | null) {
  const text = outcome.trim();
  if (!text) throw agendaError('EMPTY_OUTCOME');
  return em.transactional(async (tx) => {
    const { item, meeting } = await lockedItem(tx, actor, id);
    if (!outcomesOpen(meeting)) throw agendaError('OUTCOME_TOO_EARLY');
    if (item.status !== AgendaItemStatus.ACCEPTED) throw agendaError('NOT_ON_AGENDA');
    if (opinion && item.kind !== AgendaItemKind.OPINION) throw agendaError('OPINION_ONLY_FOR_OPINIONS');
    if (!opinion && item.kind === AgendaItemKind.OPINION) throw agendaError('OPINION_NEEDED');
    item.outcome = text;
    item.opinion = opinion;
    item.outcomeRecordedAt = new Date();
    return item;
  });
}
