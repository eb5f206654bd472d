import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organization } from '../directory/organization.entity';
import type { Person } from '../directory/person.entity';
import { AgendaItem } from '../meetings/agenda/agenda-item.entity';
import { AgendaItemReview } from '../meetings/agenda/agenda-item-review.entity';
import { AgendaItemKind, AgendaItemStatus, OpinionKind } from '../meetings/agenda/agenda.enums';
import type { Meeting } from '../meetings/meeting.entity';
import { MeetingStatus } from '../meetings/meeting.enums';
import { agendaTimeline, type AgendaTimeline } from './meeting-plan';
import type { SeedAgendaItem, SeedMeeting } from './seed-data';

/** What agendas refer to, shared by every meeting of the plan. */
export interface AgendaSeedContext {
  anchor: Date;
  organizations: Map<string, Organization>;
  /** Items already seeded, by "meeting-key/item-key": later meetings carry deferred ones over. */
  items: Map<string, { item: AgendaItem; meeting: Meeting }>;
}

/** A seeded meeting as its agenda needs it. */
export interface AgendaMeeting {
  entity: Meeting;
  data: SeedMeeting;
  status: MeetingStatus;
  networkSlugs: string[];
  invitees: Map<string, Person>;
  reviewer: Person | null;
}

function fail(where: string, problem: string): never {
  throw new Error(`Seed data: ${problem} at agenda item ${where}`);
}

function enumValue<E extends Record<string, string>>(values: E, value: string, where: string): E[keyof E] {
  if (!Object.values(values).includes(value)) fail(where, `unknown value "${value}"`);
  return value as E[keyof E];
}

/**
 * A meeting's agenda as rows: items with their reviews (one history row each), the accepted
 * ones in the plan's order, publication and outcomes. Written as they would have happened,
 * so no mail is queued: a published agenda counts as mailed.
 */
export function seedAgenda(em: EntityManager, meeting: AgendaMeeting, context: AgendaSeedContext): void {
  const { data, status, entity } = meeting;
  const agenda = data.agenda;
  if (!agenda) return;
  if (status !== MeetingStatus.HELD && status !== MeetingStatus.SCHEDULED) {
    fail(data.key, 'only a held or scheduled meeting has an agenda');
  }
  const timeline = agendaTimeline(context.anchor, entity);
  const keys = new Set<string>();
  let position = 0;
  let acceptedMinutes = 0;
  agenda.items.forEach((itemData, index) => {
    const where = `${data.key}/${itemData.key}`;
    if (keys.has(itemData.key)) fail(where, 'duplicate key');
    keys.add(itemData.key);
    const item = seedItem(em, meeting, itemData, where, timeline, index, context);
    if (item.status === AgendaItemStatus.ACCEPTED) {
      item.position = position++;
      acceptedMinutes += item.durationMinutes;
    }
    context.items.set(where, { item, meeting: entity });
  });
  const plannedMinutes = (entity.endsAt.getTime() - entity.startsAt.getTime()) / 60_000;
  if (acceptedMinutes > plannedMinutes) fail(data.key, `the agenda lasts ${acceptedMinutes} min, the meeting ${plannedMinutes}`);
  if (agenda.published) {
    if (position === 0) fail(data.key, 'a published agenda has accepted items');
    if (timeline.publishedAt > context.anchor) fail(data.key, 'published five days before the meeting: after the seeding day');
    entity.agendaPublishedAt = timeline.publishedAt;
    entity.agendaMailedAt = timeline.publishedAt;
  }
}

function seedItem(
  em: EntityManager,
  meeting: AgendaMeeting,
  data: SeedAgendaItem,
  where: string,
  timeline: AgendaTimeline,
  index: number,
  context: AgendaSeedContext,
): AgendaItem {
  const kind = enumValue(AgendaItemKind, data.kind, where);
  const status = enumValue(AgendaItemStatus, data.status, where);
  const opinion = data.opinion ? enumValue(OpinionKind, data.opinion, where) : null;
  checkItem(data, meeting.status, kind, status, opinion, where);
  const person = (email: string) => meeting.invitees.get(email) ?? fail(where, `${email} is not invited to the meeting`);
  const organization = data.organization
    ? (context.organizations.get(data.organization) ?? fail(where, `unknown organization ${data.organization}`))
    : null;
  const count = meeting.data.agenda!.items.length;
  const createdAt = timeline.proposedAt(index, count);
  const reviewed = status !== AgendaItemStatus.PROPOSED;
  const reviewedAt = reviewed ? timeline.reviewedAt(index, count) : null;
  const item = em.create(AgendaItem, {
    meeting: meeting.entity,
    title: data.title,
    description: data.description ?? null,
    kind,
    status,
    durationMinutes: data.durationMinutes,
    proposedBy: person(data.proposedBy),
    presenter: data.presenter ? person(data.presenter) : null,
    organization,
    links: data.links ?? [],
    reviewComment: data.reviewComment ?? null,
    reviewedBy: reviewed ? meeting.reviewer : null,
    reviewedAt,
    outcome: data.outcome ?? null,
    opinion,
    outcomeRecordedAt: data.outcome ? timeline.outcomeAt : null,
    carriedFrom: data.carriedFrom ? carry(meeting, data, organization, createdAt, where, context) : null,
    createdAt,
  });
  if (reviewed) {
    em.create(AgendaItemReview, {
      item,
      status,
      comment: data.reviewComment ?? null,
      reviewedBy: meeting.reviewer,
      at: reviewedAt!,
    });
  }
  return item;
}

function checkItem(
  data: SeedAgendaItem,
  meetingStatus: MeetingStatus,
  kind: AgendaItemKind,
  status: AgendaItemStatus,
  opinion: OpinionKind | null,
  where: string,
) {
  if (!Number.isInteger(data.durationMinutes) || data.durationMinutes < 5) fail(where, 'durationMinutes: 5 or more, whole');
  if (status === AgendaItemStatus.PROPOSED) {
    if (meetingStatus !== MeetingStatus.SCHEDULED) fail(where, "a held meeting's proposals were all reviewed");
    if (data.reviewComment) fail(where, 'a proposal awaiting review has no review comment');
  }
  if (data.outcome && (status !== AgendaItemStatus.ACCEPTED || meetingStatus !== MeetingStatus.HELD)) {
    fail(where, 'only an accepted item of a held meeting has an outcome');
  }
  if (opinion && (kind !== AgendaItemKind.OPINION || !data.outcome)) fail(where, 'an opinion is the outcome of an OPINION item');
  if (data.outcome && kind === AgendaItemKind.OPINION && !opinion) fail(where, 'the outcome of an OPINION item gives its sense');
}

/** The deferred item of an earlier meeting of the same networks that this one continues, marked carried. */
function carry(
  meeting: AgendaMeeting,
  data: SeedAgendaItem,
  organization: Organization | null,
  carriedAt: Date,
  where: string,
  context: AgendaSeedContext,
): AgendaItem {
  const earlier = context.items.get(data.carriedFrom!) ?? fail(where, `carriedFrom ${data.carriedFrom}: no such earlier item`);
  const { item } = earlier;
  if (item.status !== AgendaItemStatus.DEFERRED) fail(where, `carriedFrom ${data.carriedFrom} was not deferred`);
  if (item.carriedOverAt) fail(where, `carriedFrom ${data.carriedFrom} is already carried over`);
  if (earlier.meeting.startsAt >= meeting.entity.startsAt) fail(where, 'carried from a later meeting');
  const shared = earlier.meeting.networks.getItems().some((network) => meeting.networkSlugs.includes(network.slug));
  if (!shared) fail(where, 'carried from a meeting of other networks');
  if ((item.organization?.id ?? null) !== (organization?.id ?? null)) fail(where, 'a carried item keeps its organization');
  item.carriedOverAt = carriedAt;
  return item;
}
