import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret } from '../../accounts/tokens';
import { User } from '../../accounts/user.entity';
import { queueMail } from '../../mail/queue-mail';
import type { Actor } from '../../shared/actor';
import { DatePoll } from './date-poll.entity';
import { DatePollStatus } from './date-poll.enums';
import type { StartDatePollArgs } from './date-poll.inputs';
import { datePollMail, datePollUrl } from './date-poll-mail';
import { currentMembersOf } from '../invitees';
import type { Meeting } from '../meeting.entity';
import { MeetingStatus } from '../meeting.enums';
import { meetingError } from '../meeting.errors';
import { assertSlot, managedMeeting, openMeeting } from '../meeting.service';
import { PollParticipant } from './poll-participant.entity';
import { PollSlot } from './poll-slot.entity';

/** OPEN until closesAt (or until the meeting is cancelled); DATE_FIXED once a slot is chosen. */
export function pollStatus(poll: DatePoll, meeting: Meeting, now = new Date()): DatePollStatus {
  if (poll.closedAt) return DatePollStatus.DATE_FIXED;
  if (meeting.status !== MeetingStatus.DRAFT || poll.closesAt <= now) return DatePollStatus.CLOSED;
  return DatePollStatus.OPEN;
}

function assertSlots(args: StartDatePollArgs, now: Date) {
  const seen = new Set<string>();
  for (const slot of args.slots) {
    assertSlot(slot.startsAt, slot.endsAt);
    if (slot.startsAt <= now) throw meetingError('SLOT_IN_PAST');
    const key = `${slot.startsAt.getTime()}/${slot.endsAt.getTime()}`;
    if (seen.has(key)) throw meetingError('DUPLICATE_SLOT');
    seen.add(key);
  }
  if (args.closesAt <= now) throw meetingError('POLL_CLOSES_IN_PAST');
  if (args.slots.some((slot) => slot.startsAt < args.closesAt)) throw meetingError('POLL_CLOSES_TOO_LATE');
}

/**
 * Asks the people a draft meeting would invite when they can come: the slots, one participant per
 * current member, and a mail to each with a personal link (only its hash is kept).
 */
export async function startDatePoll(em: EntityManager, actor: Actor, args: StartDatePollArgs, publicUrl: string) {
  const now = new Date();
  assertSlots(args, now);
  return em.transactional(async (tx) => {
    // The lock makes a second poll started at the same moment wait, then find this one.
    const meeting = await managedMeeting(tx, actor, args.meetingId, LockMode.PESSIMISTIC_WRITE);
    if (meeting.status !== MeetingStatus.DRAFT) throw meetingError('POLL_NEEDS_DRAFT');
    if (await tx.count(DatePoll, { meeting })) throw meetingError('POLL_EXISTS');
    const networks = (await meeting.networks.load()).getItems();
    const people = await currentMembersOf(
      tx,
      networks.map((n) => n.id),
    );
    if (!people.length) throw meetingError('POLL_NOBODY');
    const poll = tx.create(DatePoll, {
      meeting,
      closesAt: args.closesAt,
      createdBy: actor.kind === 'user' ? tx.getReference(User, actor.userId) : null,
    });
    const slots = [...args.slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const slot of slots) tx.create(PollSlot, { poll, startsAt: slot.startsAt, endsAt: slot.endsAt });
    const links = people.map((person) => {
      const token = newSecret();
      tx.create(PollParticipant, { poll, person, linkTokenHash: hashSecret(token) });
      return { person, token };
    });
    await tx.flush();
    const names = networks.map((n) => n.name).join(', ');
    for (const { person, token } of links) {
      if (!person.email) continue;
      const content = datePollMail({
        firstName: person.firstName,
        meetingTitle: meeting.title,
        networks: names,
        slots,
        closesAt: poll.closesAt,
        link: datePollUrl(publicUrl, token),
      });
      await queueMail(tx, { to: person.email, ...content });
    }
    return poll;
  });
}

/**
 * Fixes the date: in one transaction the meeting takes the slot, the poll closes, and the meeting
 * opens (its members are invited and told). Locked on the meeting, so two managers fixing at once
 * cannot both win.
 */
export async function fixMeetingDate(em: EntityManager, actor: Actor, pollId: string, slotId: string) {
  return em.transactional(async (tx) => {
    const found = await tx.findOne(DatePoll, pollId);
    if (!found) throw meetingError('POLL_NOT_FOUND');
    const meeting = await managedMeeting(tx, actor, found.meeting.id, LockMode.PESSIMISTIC_WRITE);
    const poll = (await tx.findOne(DatePoll, pollId, { refresh: true }))!;
    if (poll.closedAt) throw meetingError('POLL_ALREADY_FIXED');
    if (meeting.status === MeetingStatus.CANCELLED) throw meetingError('CANCELLED');
    if (meeting.status !== MeetingStatus.DRAFT) throw meetingError('POLL_ALREADY_FIXED');
    const slot = await tx.findOne(PollSlot, { id: slotId, poll });
    if (!slot) throw meetingError('UNKNOWN_SLOT');
    if (slot.startsAt <= new Date()) throw meetingError('SLOT_IN_PAST');
    tx.assign(meeting, { startsAt: slot.startsAt, endsAt: slot.endsAt });
    tx.assign(poll, { closedAt: new Date(), chosenSlot: slot });
    await openMeeting(tx, meeting);
    return meeting;
  });
}
