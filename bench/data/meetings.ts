import { MeetingKind, MeetingStatus } from '../../server/src/meetings/meeting.enums';
import { NetworkKind } from '../../server/src/networks/network.enums';
import { isOffDay } from '../../server/src/seed/meeting-plan';
import { addParisDays, parisDateTime, parisDay, parisWallClock } from '../../server/src/shared/time';
import { AGENDA_ITEM_COLUMNS, AgendaGenerator } from './agendas';
import type { CopyValue } from './copy-in';
import type { Dataset } from './directory';
import { invitationRows, type Planned, type Rows } from './invitations';
import { MEETING_PLACES, MEETING_TOPICS, MINUTES } from './meeting-vocabulary';
import { Random, stableId } from './random';

type Row = CopyValue[];

export interface MeetingDataset {
  meeting: Row[];
  meeting_network: Row[];
  invitation: Rows;
  agenda_item: Row[];
}

export const MEETING_TABLES: ReadonlyArray<{ table: keyof MeetingDataset; columns: readonly string[] }> = [
  {
    table: 'meeting',
    columns: [
      'id',
      'title',
      'kind',
      'status',
      'starts_at',
      'ends_at',
      'commune_insee_code',
      'place',
      'online_url',
      'description',
      'minutes',
      'is_public',
      'cancellation_reason',
      'sequence',
      'announced_sequence',
      'created_at',
      'updated_at',
      'agenda_published_at',
      'agenda_mailed_at',
    ],
  },
  { table: 'meeting_network', columns: ['meeting_id', 'network_id'] },
  {
    table: 'invitation',
    columns: ['id', 'meeting_id', 'person_id', 'response', 'responded_at', 'attended', 'created_at'],
  },
  { table: 'agenda_item', columns: AGENDA_ITEM_COLUMNS },
];

/**
 * Two years of meetings (Paris days), and the day the benchmark pretends it is: meetings before
 * it were held, later ones are coming. The calendar scenario reads CALENDAR_MONTH, which holds both.
 */
export const MEETINGS_WINDOW = { first: '2025-09-01', last: '2027-08-31', today: '2026-10-15' };
export const CALENDAR_MONTH = { from: parisDateTime('2026-10-01', '00:00'), to: parisDateTime('2026-11-01', '00:00') };

const TIMES = ['09:00', '09:30', '10:00', '14:00', '14:30'] as const;
const DURATIONS = [90, 120, 150, 180] as const;
/** Who may see a meeting without signing in, by kind. */
const PUBLIC_SHARE: Record<MeetingKind, number> = {
  NETWORK_MEETING: 0.6,
  JOINT_MEETING: 0.6,
  COMMISSION: 0.2,
  STEERING_COMMITTEE: 0.3,
  PARTNER_CONSULTATION: 1,
};
const DAY_MS = 86_400_000;

interface Body {
  id: string;
  name: string;
  kind: NetworkKind;
  /** The people its membership names (personal members, or the people of whole member organisations). */
  invitees: string[];
}

/** The Mondays of the window, as Paris days. */
function mondays(): string[] {
  const days: string[] = [];
  const start = parisDateTime(MEETINGS_WINDOW.first, '12:00');
  for (
    let day = parisDay(addParisDays(start, 1 - parisWallClock(start).weekday));
    day <= MEETINGS_WINDOW.last;
    day = parisDay(addParisDays(parisDateTime(day, '12:00'), 7))
  ) {
    days.push(day);
  }
  return days;
}

/** Who `invitees.ts` would invite: the same rule, over the generated memberships. */
function bodiesByTerritory(dataset: Dataset): Map<string, Body[]> {
  const peopleOf = new Map<string, string[]>();
  for (const [id, , , , organizationId] of dataset.person) {
    const list = peopleOf.get(organizationId as string) ?? [];
    list.push(id as string);
    peopleOf.set(organizationId as string, list);
  }
  const membershipsOf = new Map<string, Array<{ organization: string; person: string | null }>>();
  for (const [, networkId, organizationId, personId] of dataset.membership) {
    const list = membershipsOf.get(networkId as string) ?? [];
    list.push({ organization: organizationId as string, person: personId as string | null });
    membershipsOf.set(networkId as string, list);
  }
  const territories = new Map<string, Body[]>();
  for (const [id, , name, kind, , , territoryId] of dataset.network) {
    const memberships = membershipsOf.get(id as string) ?? [];
    const represented = new Set(memberships.filter((m) => m.person).map((m) => m.organization));
    const invitees = new Set<string>();
    for (const m of memberships) {
      if (m.person) invitees.add(m.person);
      else if (!represented.has(m.organization)) for (const person of peopleOf.get(m.organization) ?? []) invitees.add(person);
    }
    const list = territories.get(territoryId as string) ?? [];
    list.push({ id: id as string, name: name as string, kind: kind as NetworkKind, invitees: [...invitees] });
    territories.set(territoryId as string, list);
  }
  return territories;
}

/**
 * A deterministic calendar for every CTG body of the directory: each network every other week
 * on its own weekday (about 23 a year), a joint meeting of two or three of a territory's networks
 * every eight weeks, the commission every eight weeks, the steering committee twice a year, one
 * partner consultation in the two years; no meeting in August, over Christmas or on a public
 * holiday. Invitations follow the memberships, answers and attendance a fixed mix; the
 * commission's meetings have agendas (agendas.ts).
 */
export function generateMeetings(dataset: Dataset, seed = 2026): MeetingDataset {
  const weeks = mondays();
  const communesOf = new Map<string, string[]>();
  for (const [code, , , , , , territoryId] of dataset.commune) {
    communesOf.set(territoryId as string, [...(communesOf.get(territoryId as string) ?? []), code as string]);
  }
  const agendas = new AgendaGenerator(dataset, `${seed}`, parisDateTime(MEETINGS_WINDOW.today, '00:00'));
  const generator = new MeetingGenerator(`${seed}`, weeks, agendas);
  const root = new Random(`maillage-bench-meetings-${seed}`);
  for (const [territoryId, bodies] of bodiesByTerritory(dataset)) {
    generator.territory(bodies, communesOf.get(territoryId) ?? [], root.fork(territoryId));
  }
  return generator.dataset();
}

class MeetingGenerator {
  private readonly meetings: Row[] = [];
  private readonly owners: Row[] = [];
  private readonly planned: Planned[] = [];
  private invitations = 0;
  private count = 0;
  private readonly today = parisDateTime(MEETINGS_WINDOW.today, '00:00');
  // Time-zone arithmetic is the slow part of generating 370,000 meetings; the window has only 730 days.
  private readonly days = new Map<string, string>();
  private readonly offDays = new Map<string, boolean>();
  private readonly instants = new Map<string, Date>();

  constructor(
    private readonly seed: string,
    private readonly weeks: string[],
    private readonly agendas: AgendaGenerator,
  ) {}

  territory(bodies: Body[], communes: string[], random: Random) {
    const networks = bodies.filter((b) => b.kind === NetworkKind.NETWORK);
    for (const body of bodies) {
      const weekday = random.int(1, 5);
      const time = random.pick(TIMES);
      const [every, kind] =
        body.kind === NetworkKind.STEERING_COMMITTEE
          ? [26, MeetingKind.STEERING_COMMITTEE]
          : body.kind === NetworkKind.COMMISSION
            ? [8, MeetingKind.COMMISSION]
            : [2, MeetingKind.NETWORK_MEETING];
      const phase = random.int(0, every - 1);
      for (let w = phase; w < this.weeks.length; w += every) this.meeting(random, kind, [body], w, weekday, time, communes);
    }
    for (let w = random.int(0, 7); w < this.weeks.length && networks.length > 1; w += 8) {
      this.meeting(
        random,
        MeetingKind.JOINT_MEETING,
        random.sample(networks, random.int(2, 3)),
        w,
        random.int(1, 5),
        random.pick(TIMES),
        communes,
      );
    }
    // Once in the two years: the first open Thursday from a week drawn at random.
    for (
      let w = random.int(0, this.weeks.length - 1), tries = 0;
      tries < this.weeks.length;
      w = (w + 1) % this.weeks.length, tries++
    ) {
      if (this.meeting(random, MeetingKind.PARTNER_CONSULTATION, bodies, w, 4, '09:00', communes)) break;
    }
  }

  private dayOf(week: number, weekday: number): string {
    const key = `${week}/${weekday}`;
    let day = this.days.get(key);
    if (!day) this.days.set(key, (day = parisDay(addParisDays(parisDateTime(this.weeks[week], '12:00'), weekday - 1))));
    return day;
  }

  private isOff(day: string): boolean {
    let off = this.offDays.get(day);
    if (off === undefined) this.offDays.set(day, (off = isOffDay(day)));
    return off;
  }

  private instant(day: string, time: string): Date {
    const key = `${day} ${time}`;
    let instant = this.instants.get(key);
    if (!instant) this.instants.set(key, (instant = parisDateTime(day, time)));
    return instant;
  }

  /** Adds a meeting on that day unless it is off or outside the window; says whether it did. */
  private meeting(
    random: Random,
    kind: MeetingKind,
    bodies: Body[],
    week: number,
    weekday: number,
    time: string,
    communes: string[],
  ) {
    const day = this.dayOf(week, weekday);
    if (this.isOff(day) || day < MEETINGS_WINDOW.first || day > MEETINGS_WINDOW.last) return false;
    const id = stableId('mtg', `${this.seed}/mtg/${++this.count}`);
    const startsAt = this.instant(day, time);
    const endsAt = new Date(startsAt.getTime() + random.pick(DURATIONS) * 60_000);
    const past = startsAt < this.today;
    const roll = random.next();
    const status = past
      ? roll < 0.03
        ? MeetingStatus.CANCELLED
        : MeetingStatus.HELD
      : roll < 0.04
        ? MeetingStatus.DRAFT
        : roll < 0.06
          ? MeetingStatus.CANCELLED
          : MeetingStatus.SCHEDULED;
    const createdAt = new Date(Math.min(startsAt.getTime() - 28 * DAY_MS, this.today.getTime() - DAY_MS));
    const online = random.chance(0.15);
    const topic = random.pick(MEETING_TOPICS[kind]);
    const sequence = status === MeetingStatus.CANCELLED ? 1 : 0;
    const invitees = bodies.length === 1 ? bodies[0].invitees : [...new Set(bodies.flatMap((b) => b.invitees))];
    const agendaPublishedAt =
      kind === MeetingKind.COMMISSION ? this.agendas.add({ id, status, startsAt, endsAt, createdAt, invitees }) : null;
    this.meetings.push([
      id,
      kind === MeetingKind.NETWORK_MEETING ? `${bodies[0].name} : ${topic}` : topic,
      kind,
      status,
      startsAt.toISOString(),
      endsAt.toISOString(),
      online || !communes.length ? null : random.pick(communes),
      online ? null : random.pick(MEETING_PLACES),
      online ? `https://visio.exemple.fr/${id.slice(4, 16)}` : null,
      random.chance(0.7) ? `Ordre du jour : ${topic.toLowerCase()}, tour de table, questions diverses.` : null,
      status === MeetingStatus.HELD && random.chance(0.7) ? random.pick(MINUTES) : null,
      status !== MeetingStatus.DRAFT && random.chance(PUBLIC_SHARE[kind]),
      status === MeetingStatus.CANCELLED ? 'Reportée faute de participants disponibles.' : null,
      sequence,
      status === MeetingStatus.DRAFT ? -1 : sequence,
      createdAt.toISOString(),
      createdAt.toISOString(),
      agendaPublishedAt?.toISOString() ?? null,
      agendaPublishedAt?.toISOString() ?? null,
    ]);
    for (const body of bodies) this.owners.push([id, body.id]);
    if (status === MeetingStatus.DRAFT) return true;
    this.planned.push({ id, startsAt, status, createdAt, invitees });
    this.invitations += invitees.length;
    return true;
  }

  dataset(): MeetingDataset {
    return {
      meeting: this.meetings,
      meeting_network: this.owners,
      invitation: invitationRows(this.planned, this.invitations, this.seed, this.today),
      agenda_item: this.agendas.rows,
    };
  }
}
