import type { EntityManager } from '@mikro-orm/postgresql';
import { requireUser } from '../../accounts/account.policy';
import type { Actor } from '../../shared/actor';
import { DatePoll } from './date-poll.entity';
import { MeetingStatus } from '../meeting.enums';

/** A person is asked a handful of polls at a time; 50 open at once would be a CTG-wide survey. */
const LIMIT = 50;

/**
 * Polls the actor's person is asked to answer and that still take answers (`pollStatus` OPEN):
 * drafts are hidden from members, so this is how they find a poll in the app.
 */
export function openPollsOf(em: EntityManager, actor: Actor, now = new Date()) {
  const user = requireUser(actor);
  if (!user.personId) return Promise.resolve([]);
  return em.find(
    DatePoll,
    {
      participants: { person: user.personId },
      closedAt: null,
      closesAt: { $gt: now },
      meeting: { status: MeetingStatus.DRAFT },
    },
    { orderBy: { closesAt: 'asc', id: 'asc' }, limit: LIMIT },
  );
}
