import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity';
import type { Commune } from '../directory/commune.entity';
import type { Organization } from '../directory/organization.entity';
import type { Person } from '../directory/person.entity';
import { ActionItem } from '../meetings/action-item.entity';
import { Invitation } from '../meetings/invitation.entity';
import { currentMembersOf } from '../meetings/invitees';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingKind, MeetingStatus, RsvpResponse } from '../meetings/meeting.enums';
import type { Network } from '../networks/network.entity';
import { parisWallClock } from '../shared/time';
import { seedAgenda, type AgendaSeedContext } from './agenda-seed';
import meetingsData from './data/meetings.json';
import { answerOf, doneAt, dueDay, placeMeeting, scheduledAt, statusOf, type Slot } from './meeting-plan';
import type { SeedActionItem, SeedMeeting, SeedMeetingPlan } from './seed-data';

/** What the meetings refer to, already created in the seeding transaction. */
export interface MeetingSeedContext {
  anchor: Date;
  networks: Map<string, Network>;
  communes: Map<string, Commune>;
  users: Map<string, User>;
  organizations: Map<string, Organization>;
}

function fail(where: string, problem: string): never {
  throw new Error(`Seed data: ${problem} at meeting ${where}`);
}

function enumValue<E extends Record<string, string>>(values: E, value: string, where: string): E[keyof E] {
  if (!Object.values(values).includes(value)) fail(where, `unknown value "${value}"`);
  return value as E[keyof E];
}

/**
 * The year of meetings of data/meetings.json, written as rows: invitations from today's
 * memberships, answers, attendance, minutes, actions and agendas. No mail is queued and every dated
 * meeting counts as announced, so starting the app tells nobody about demo meetings; a draft
 * stays unannounced, so that opening it sends its invitations as for any other.
 */
export async function seedMeetings(em: EntityManager, context: MeetingSeedContext): Promise<void> {
  const plan = meetingsData as SeedMeetingPlan;
  checkBodies(plan, context);
  const keys = new Set<string>();
  const takenDays = new Set<string>();
  const agendas: AgendaSeedContext = { anchor: context.anchor, organizations: context.organizations, items: new Map() };
  for (const data of plan.meetings) {
    if (keys.has(data.key)) fail(data.key, 'duplicate key');
    keys.add(data.key);
    await seedMeeting(em, data, plan, context, takenDays, agendas);
  }
}

/** Every body is in the plan, with a meeting held and one to come: no page starts empty. */
function checkBodies(plan: SeedMeetingPlan, { networks, users }: MeetingSeedContext) {
  for (const [slug, body] of Object.entries(plan.bodies)) {
    if (!networks.has(slug)) throw new Error(`Seed data: meetings plan names unknown body ${slug}`);
    if (!users.has(body.createdBy)) throw new Error(`Seed data: body ${slug} names unknown account ${body.createdBy}`);
    const own = plan.meetings.filter((m) => m.networks.includes(slug));
    if (!own.some((m) => m.week < 0) || !own.some((m) => m.week > 0)) {
      throw new Error(`Seed data: body ${slug} needs a held and an upcoming meeting`);
    }
  }
  const missing = [...networks.keys()].filter((slug) => !plan.bodies[slug]);
  if (missing.length) throw new Error(`Seed data: no meetings plan for ${missing.join(', ')}`);
}

function checkShape(data: SeedMeeting, kind: MeetingKind, status: MeetingStatus, slot: Slot) {
  const where = data.key;
  if (!Number.isInteger(data.week) || data.week === 0) fail(where, 'week must be a non-zero whole number');
  if (!Number.isInteger(data.weekday) || data.weekday < 1 || data.weekday > 5)
    fail(where, 'weekday must be 1 (Monday) to 5 (Friday)');
  const end = parisWallClock(slot.endsAt);
  if (data.time < '08:30' || end.time > '18:30' || end.date !== parisWallClock(slot.startsAt).date) {
    fail(where, 'outside working hours (08:30–18:30, Paris)');
  }
  const networkCount = data.networks.length;
  if (kind === MeetingKind.NETWORK_MEETING && networkCount !== 1) fail(where, 'a network meeting has one network');
  if (kind === MeetingKind.JOINT_MEETING && networkCount < 2) fail(where, 'a joint meeting has several networks');
  if (data.draft && data.week < 0) fail(where, 'a draft is upcoming');
  if (data.minutes && status !== MeetingStatus.HELD) fail(where, 'only a held meeting has minutes');
  if (data.actionItems?.length && status !== MeetingStatus.HELD) fail(where, 'only a held meeting has actions');
  if (data.answers && status === MeetingStatus.DRAFT) fail(where, 'nobody is invited to a draft');
}

async function seedMeeting(
  em: EntityManager,
  data: SeedMeeting,
  plan: SeedMeetingPlan,
  context: MeetingSeedContext,
  takenDays: Set<string>,
  agendas: AgendaSeedContext,
) {
  const { anchor } = context;
  const kind = enumValue(MeetingKind, data.kind, data.key);
  const status = statusOf(data);
  const slot = placeMeeting(anchor, data, takenDays);
  checkShape(data, kind, status, slot);
  const networks = data.networks.map((slug) => context.networks.get(slug) ?? fail(data.key, `unknown network ${slug}`));
  const commune = data.commune ? (context.communes.get(data.commune) ?? fail(data.key, `unknown commune ${data.commune}`)) : null;
  const author = data.createdBy ?? plan.bodies[data.networks[0]]?.createdBy;
  const createdBy = (author && context.users.get(author)) || fail(data.key, `unknown account ${author}`);
  const createdAt = scheduledAt(anchor, slot.startsAt);
  // A cancelled meeting was announced twice: once scheduled, once called off.
  const sequence = status === MeetingStatus.CANCELLED ? 1 : 0;
  const meeting = em.create(Meeting, {
    title: data.title,
    kind,
    status,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    commune,
    place: data.place ?? null,
    onlineUrl: data.onlineUrl ?? null,
    description: data.description ?? null,
    minutes: data.minutes?.join('\n') ?? null,
    isPublic: data.isPublic ?? false,
    cancellationReason: data.cancelled ?? null,
    createdBy,
    sequence,
    announcedSequence: status === MeetingStatus.DRAFT ? -1 : sequence,
    createdAt,
    updatedAt:
      status === MeetingStatus.HELD ? new Date(Math.min(slot.endsAt.getTime() + 2 * 86_400_000, anchor.getTime())) : createdAt,
  });
  meeting.networks.set(networks);
  if (status === MeetingStatus.DRAFT) {
    if (data.agenda) fail(data.key, 'a draft has no agenda yet');
    return;
  }
  const invitees = await invite(em, meeting, data, { ...slot, createdAt, status }, anchor, networks);
  data.actionItems?.forEach((item, index) => seedActionItem(em, meeting, item, data, invitees, anchor, index));
  const reviewer = createdBy.person?.getEntity() ?? null;
  seedAgenda(em, { entity: meeting, data, status, networkSlugs: data.networks, invitees, reviewer }, agendas);
}

async function invite(
  em: EntityManager,
  meeting: Meeting,
  data: SeedMeeting,
  when: Slot & { createdAt: Date; status: MeetingStatus },
  anchor: Date,
  networks: Network[],
): Promise<Map<string, Person>> {
  const people = await currentMembersOf(
    em,
    networks.map((n) => n.id),
  );
  const invitees = new Map(people.flatMap((person) => (person.email ? [[person.email, person] as const] : [])));
  for (const email of Object.keys(data.answers ?? {})) {
    if (!invitees.has(email)) fail(data.key, `${email} answers but is not invited`);
  }
  const answered = {
    key: data.key,
    week: data.week,
    status: when.status,
    createdAt: when.createdAt,
    startsAt: when.startsAt,
    attendanceRecorded: data.attendanceRecorded ?? true,
  };
  for (const person of people) {
    const given = person.email ? data.answers?.[person.email] : undefined;
    const answer = answerOf(
      anchor,
      answered,
      person.email ?? person.id,
      given ? enumValue(RsvpResponse, given, data.key) : undefined,
    );
    em.create(Invitation, { meeting, person, ...answer, createdAt: when.createdAt });
  }
  return invitees;
}

function seedActionItem(
  em: EntityManager,
  meeting: Meeting,
  item: SeedActionItem,
  data: SeedMeeting,
  invitees: Map<string, Person>,
  anchor: Date,
  index: number,
) {
  const owner = item.owner ? (invitees.get(item.owner) ?? fail(data.key, `action owner ${item.owner} is not invited`)) : null;
  const done = item.doneWeek != null;
  if (done && (!Number.isInteger(item.doneWeek) || item.doneWeek! <= data.week || item.doneWeek! >= 0)) {
    fail(data.key, `action "${item.title}" is done between the meeting and now`);
  }
  em.create(ActionItem, {
    meeting,
    title: item.title,
    owner,
    dueOn: item.dueWeek != null ? dueDay(anchor, item.dueWeek, meeting.endsAt) : null,
    done,
    doneAt: done ? doneAt(anchor, item.doneWeek!, meeting.endsAt) : null,
    // Written down after the meeting, in the order of the minutes.
    createdAt: new Date(meeting.endsAt.getTime() + index * 1000),
  });
}
