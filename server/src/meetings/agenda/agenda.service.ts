import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../directory/organization.entity';
import { Person } from '../../directory/person.entity';
import type { Actor } from '../../shared/actor';
import { FRENCH_DATE_TIME, formatParis } from '../../shared/time';
import type { Meeting } from '../meeting.entity';
import { agendaDeadlineOf, agendaOpen, canEditAgendaItem, canProposeAgendaItem } from '../meeting.policy';
import { findMeeting, managedMeeting } from '../meeting.service';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemReview } from './agenda-item-review.entity';
import { AgendaItemStatus } from './agenda.enums';
import { agendaError } from './agenda.errors';
import type { AgendaItemInput } from './agenda.inputs';
import { markAgendaChanged } from './agenda-publication';
import { tellProposer } from './agenda-mail';

const personOf = (actor: Actor) => (actor.kind === 'user' ? actor.personId : null);

async function refsOf(em: EntityManager, input: AgendaItemInput) {
  const presenter = input.presenterId ? await em.findOne(Person, input.presenterId) : null;
  if (input.presenterId && !presenter) throw agendaError('UNKNOWN_PRESENTER');
  const organization = input.organizationId ? await em.findOne(Organization, input.organizationId) : null;
  if (input.organizationId && !organization) throw agendaError('UNKNOWN_ORGANIZATION');
  return { presenter, organization };
}

/** A member proposes a point until the meeting's deadline; a late one is told the deadline. */
export async function proposeAgendaItem(em: EntityManager, actor: Actor, meetingId: string, input: AgendaItemInput) {
  return em.transactional(async (tx) => {
    const meeting = await findMeeting(tx, meetingId);
    if (!(await canProposeAgendaItem(actor, meeting))) throw agendaError('CANNOT_PROPOSE');
    if (!agendaOpen(meeting)) {
      if (new Date() > agendaDeadlineOf(meeting))
        throw agendaError('AGENDA_CLOSED', { deadline: formatParis(agendaDeadlineOf(meeting), FRENCH_DATE_TIME) });
      throw agendaError('MEETING_NOT_OPEN');
    }
    const proposerId = personOf(actor);
    return tx.create(AgendaItem, {
      meeting,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      kind: input.kind,
      durationMinutes: input.durationMinutes,
      links: input.links ?? [],
      proposedBy: proposerId ? ref(Person, proposerId) : null,
      ...(await refsOf(tx, input)),
    });
  });
}

/** Rewrites an item's content; an accepted item changed after publication marks the agenda changed. */
export async function updateAgendaItem(em: EntityManager, actor: Actor, id: string, input: AgendaItemInput) {
  return em.transactional(async (tx) => {
    const item = await tx.findOne(AgendaItem, id);
    if (!item) throw agendaError('AGENDA_ITEM_NOT_FOUND');
    const meeting = await findMeeting(tx, item.meeting.id, LockMode.PESSIMISTIC_WRITE);
    if (!(await canEditAgendaItem(actor, item, meeting))) throw agendaError('CANNOT_EDIT');
    const { presenter, organization } = await refsOf(tx, input);
    Object.assign(item, {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      kind: input.kind,
      durationMinutes: input.durationMinutes,
      links: input.links ?? [],
      presenter: presenter ? ref(presenter) : null,
      organization: organization ? ref(organization) : null,
    });
    if (item.status === AgendaItemStatus.ACCEPTED) await markAgendaChanged(tx, meeting);
    return item;
  });
}

/** The item and its meeting, the meeting row locked: positions are renumbered one writer at a time. */
export async function lockedItem(em: EntityManager, actor: Actor, id: string) {
  const found = await em.findOne(AgendaItem, id);
  if (!found) throw agendaError('AGENDA_ITEM_NOT_FOUND');
  const meeting = await managedMeeting(em, actor, found.meeting.id, LockMode.PESSIMISTIC_WRITE);
  // Re-read under the lock: a concurrent move may have renumbered it since.
  await em.refresh(found);
  return { item: found, meeting };
}

async function acceptedOf(em: EntityManager, meeting: Meeting) {
  return em.find(AgendaItem, { meeting, status: AgendaItemStatus.ACCEPTED }, { orderBy: { position: 'asc', createdAt: 'asc' } });
}

function renumber(items: AgendaItem[]) {
  items.forEach((item, index) => (item.position = index));
}

/** Accept (appended at the end), defer or reject, with a comment; the proposer is told by mail. */
export async function reviewAgendaItem(
  em: EntityManager,
  actor: Actor,
  id: string,
  status: AgendaItemStatus,
  comment: string | null,
) {
  if (status === AgendaItemStatus.PROPOSED) throw agendaError('BAD_REVIEW_STATUS');
  return em.transactional(async (tx) => {
    const { item, meeting } = await lockedItem(tx, actor, id);
    const accepted = (await acceptedOf(tx, meeting)).filter((other) => other.id !== item.id);
    const wasAccepted = item.status === AgendaItemStatus.ACCEPTED;
    item.status = status;
    item.reviewComment = comment?.trim() || null;
    item.reviewedAt = new Date();
    const reviewer = personOf(actor);
    item.reviewedBy = reviewer ? ref(Person, reviewer) : null;
    renumber(status === AgendaItemStatus.ACCEPTED ? [...accepted, item] : accepted);
    if (status !== AgendaItemStatus.ACCEPTED) item.position = null;
    tx.create(AgendaItemReview, { item, status, comment: item.reviewComment, reviewedBy: item.reviewedBy, at: item.reviewedAt });
    if (wasAccepted || status === AgendaItemStatus.ACCEPTED) await markAgendaChanged(tx, meeting);
    await tellProposer(tx, meeting, item);
    return item;
  });
}

/** Moves an accepted item to `position` (0-based); the others close up: always 0..n-1, each once. */
export async function moveAgendaItem(em: EntityManager, actor: Actor, id: string, position: number) {
  return em.transactional(async (tx) => {
    const { item, meeting } = await lockedItem(tx, actor, id);
    if (item.status !== AgendaItemStatus.ACCEPTED) throw agendaError('NOT_ACCEPTED');
    const accepted = await acceptedOf(tx, meeting);
    if (!Number.isInteger(position) || position < 0 || position >= accepted.length)
      throw agendaError('BAD_POSITION', { count: accepted.length });
    const others = accepted.filter((other) => other.id !== item.id);
    others.splice(position, 0, item);
    renumber(others);
    await markAgendaChanged(tx, meeting);
    return meeting;
  });
}

/** Managers move the proposals' deadline; null restores the default (7 days before). */
export async function setAgendaDeadline(em: EntityManager, actor: Actor, meetingId: string, deadline: Date | null) {
  return em.transactional(async (tx) => {
    const meeting = await managedMeeting(tx, actor, meetingId);
    if (deadline && deadline >= meeting.startsAt) throw agendaError('DEADLINE_AFTER_START');
    meeting.agendaDeadline = deadline;
    return meeting;
  });
}
