import { AgendaItemKind, AgendaItemStatus, OpinionKind } from '../../server/src/meetings/agenda/agenda.enums';
import { MeetingStatus } from '../../server/src/meetings/meeting.enums';
import type { CopyValue } from './copy-in';
import type { Dataset } from './directory';
import { Random, stableId } from './random';

type Row = CopyValue[];

export const AGENDA_ITEM_COLUMNS = [
  'id',
  'meeting_id',
  'position',
  'title',
  'description',
  'kind',
  'status',
  'duration_minutes',
  'proposed_by_id',
  'presenter_id',
  'organization_id',
  'links',
  'review_comment',
  'reviewed_by_id',
  'reviewed_at',
  'outcome',
  'opinion',
  'outcome_recorded_at',
  'created_at',
] as const;

/** A commission meeting as its agenda needs it. */
export interface AgendaMeeting {
  id: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  /** Its invitees (person ids): proposers and presenters come from them. */
  invitees: string[];
}

const DAY_MS = 86_400_000;
const OPINIONS = [
  [OpinionKind.FAVOURABLE, 75],
  [OpinionKind.RESERVED, 20],
  [OpinionKind.UNFAVOURABLE, 5],
] as const;
const OPINION_TEXT: Record<OpinionKind, string> = {
  FAVOURABLE: 'Avis favorable au renouvellement de l’agrément.',
  RESERVED: 'Avis réservé : le diagnostic doit associer davantage les habitants ; à représenter.',
  UNFAVOURABLE: 'Avis défavorable en l’état : le projet ne répond pas aux besoins repérés.',
};
const GENERAL_ITEMS = [
  [AgendaItemKind.INFORMATION, 'Point d’étape sur les agréments du territoire', 'Point fait sur le calendrier des agréments.'],
  [AgendaItemKind.DECISION, 'Calendrier des prochaines séances', 'Calendrier adopté pour l’année.'],
  [AgendaItemKind.DISCUSSION, 'Mobilisation des élus dans la commission', 'Une grille de lecture commune sera préparée.'],
  [AgendaItemKind.INFORMATION, 'Journées professionnelles de l’animation de la vie sociale', 'Programme présenté.'],
] as const;

/**
 * The agendas of the commission's meetings: a renewal opinion or two on member structures (the
 * proposer's own), general points, a few deferred or rejected proposals. Held meetings have
 * published agendas and outcomes; coming ones are being built (published from 5 days before).
 * Each meeting draws from its own stream: the meetings themselves are unchanged.
 */
export class AgendaGenerator {
  readonly rows: Row[] = [];
  private readonly organizationOf = new Map<string, string>();
  private readonly nameOf = new Map<string, string>();

  constructor(
    dataset: Dataset,
    private readonly seed: string,
    private readonly today: Date,
  ) {
    for (const [id, , , , organizationId] of dataset.person) this.organizationOf.set(id as string, organizationId as string);
    for (const [id, , name] of dataset.organization) this.nameOf.set(id as string, name as string);
  }

  /** Adds the meeting's items; says when its agenda was published (null: not yet). */
  add(meeting: AgendaMeeting): Date | null {
    if (meeting.status !== MeetingStatus.HELD && meeting.status !== MeetingStatus.SCHEDULED) return null;
    if (!meeting.invitees.length) return null;
    const random = new Random(`${this.seed}/agenda/${meeting.id}`);
    const held = meeting.status === MeetingStatus.HELD;
    const publishedAt = new Date(meeting.startsAt.getTime() - 5 * DAY_MS);
    const published = held || publishedAt < this.today;
    const until = Math.min(meeting.startsAt.getTime() - 7 * DAY_MS, this.today.getTime());
    const span = Math.max(until - meeting.createdAt.getTime(), 3_600_000);
    const count = random.int(3, 6);
    let position = 0;
    for (let n = 0; n < count; n++) {
      const proposer = random.pick(meeting.invitees);
      const renewal = n < 2 && random.chance(0.8);
      const general = GENERAL_ITEMS[random.int(0, GENERAL_ITEMS.length - 1)];
      const kind = renewal ? AgendaItemKind.OPINION : general[0];
      const organization = renewal ? (this.organizationOf.get(proposer) ?? null) : null;
      const roll = random.next();
      const reviewed = published || roll < 0.6;
      const status = !reviewed
        ? AgendaItemStatus.PROPOSED
        : roll < 0.85
          ? AgendaItemStatus.ACCEPTED
          : roll < 0.95
            ? AgendaItemStatus.DEFERRED
            : AgendaItemStatus.REJECTED;
      const accepted = status === AgendaItemStatus.ACCEPTED;
      const opinion = held && accepted && kind === AgendaItemKind.OPINION ? random.weighted(OPINIONS) : null;
      const createdAt = new Date(meeting.createdAt.getTime() + span * (0.05 + (0.4 * n) / count));
      const reviewedAt = reviewed ? new Date(meeting.createdAt.getTime() + span * (0.55 + (0.4 * n) / count)) : null;
      this.rows.push([
        stableId('agi', `${this.seed}/agi/${meeting.id}/${n}`),
        meeting.id,
        accepted ? position++ : null,
        renewal
          ? `Projet social de ${this.nameOf.get(organization ?? '') ?? 'la structure'} : renouvellement de l’agrément`
          : general[1],
        renewal ? 'Diagnostic partagé, axes du projet et plan d’action sur quatre ans.' : null,
        kind,
        status,
        random.pick([15, 20, 30]),
        proposer,
        random.chance(0.8) ? proposer : random.pick(meeting.invitees),
        organization,
        '[]',
        status === AgendaItemStatus.DEFERRED ? 'Reporté à la séance suivante : ordre du jour complet.' : null,
        null,
        reviewedAt?.toISOString() ?? null,
        held && accepted ? (opinion ? OPINION_TEXT[opinion] : general[2]) : null,
        opinion,
        held && accepted ? new Date(meeting.endsAt.getTime() + 3_600_000).toISOString() : null,
        createdAt.toISOString(),
      ]);
    }
    return published && position > 0 ? publishedAt : null;
  }
}
