import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { requireUser } from '../../accounts/account.policy';
import { hashSecret } from '../../accounts/tokens';
import type { Viewer } from '../../shared/actor';
import { DatePoll } from './date-poll.entity';
import { DatePollStatus } from './date-poll.enums';
import type { PollAnswerInput } from './date-poll.inputs';
import { pollStatus } from './date-poll.service';
import { meetingError } from '../meeting.errors';
import { canReadDatePoll } from '../meeting.policy';
import { PollAnswer } from './poll-answer.entity';
import { PollParticipant } from './poll-participant.entity';

/**
 * Records a participant's answers, one per slot. Each is an upsert on (participant, slot): an
 * answer given again replaces the earlier one, and two answers sent at once leave one row. The
 * poll is share-locked, so fixing the date waits for answers under way and later ones find it closed.
 */
async function record(em: EntityManager, participant: PollParticipant, answers: PollAnswerInput[]) {
  const poll = (await em.findOne(DatePoll, participant.poll.id, {
    lockMode: LockMode.PESSIMISTIC_READ,
    refresh: true,
    populate: ['meeting'],
  }))!;
  if (pollStatus(poll, poll.meeting.getEntity()) !== DatePollStatus.OPEN) throw meetingError('POLL_CLOSED');
  const slotIds = new Set((await poll.slots.load()).getIdentifiers() as string[]);
  const answered = new Set<string>();
  for (const { slotId } of answers) {
    if (!slotIds.has(slotId)) throw meetingError('UNKNOWN_SLOT');
    if (answered.has(slotId)) throw meetingError('SLOT_ANSWERED_TWICE');
    answered.add(slotId);
  }
  const answeredAt = new Date();
  await em.upsertMany(
    PollAnswer,
    answers.map(({ slotId, answer }) => ({ participant: participant.id, slot: slotId, answer, answeredAt })),
    { onConflictFields: ['participant', 'slot'], onConflictAction: 'merge', onConflictMergeFields: ['answer', 'answeredAt'] },
  );
  return poll;
}

/** A signed-in participant answers in the app. */
export async function answerDatePoll(em: EntityManager, viewer: Viewer, pollId: string, answers: PollAnswerInput[]) {
  const user = requireUser(viewer);
  return em.transactional(async (tx) => {
    const poll = await tx.findOne(DatePoll, pollId);
    if (!poll || !(await canReadDatePoll(user, poll))) throw meetingError('POLL_NOT_FOUND');
    const participant = user.personId ? await tx.findOne(PollParticipant, { poll, person: user.personId }) : null;
    if (!participant) throw meetingError('NOT_A_PARTICIPANT');
    return record(tx, participant, answers);
  });
}

export function participantByLink(em: EntityManager, token: string) {
  return em.findOne(PollParticipant, { linkTokenHash: hashSecret(token) }, { populate: ['person', 'poll'] });
}

/** Anyone with the personal link answers, without an account. */
export async function answerDatePollWithLink(em: EntityManager, token: string, answers: PollAnswerInput[]) {
  return em.transactional(async (tx) => {
    const participant = await participantByLink(tx, token);
    if (!participant) throw meetingError('POLL_LINK_INVALID');
    await record(tx, participant, answers);
    return participant;
  });
}
