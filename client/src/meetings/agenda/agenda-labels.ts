import type { AgendaItemKind, AgendaItemStatus, OpinionKind } from '../../gql/graphql';

// French wording of the agenda's enums; the order of each record is the order of the select lists.

export const AGENDA_KIND_LABELS: Record<AgendaItemKind, string> = {
  INFORMATION: 'Information',
  DISCUSSION: 'Échange',
  OPINION: 'Avis',
  DECISION: 'Décision',
};

export const AGENDA_STATUS_LABELS: Record<AgendaItemStatus, string> = {
  PROPOSED: 'En attente d’examen',
  ACCEPTED: 'Inscrit à l’ordre du jour',
  DEFERRED: 'Reporté',
  REJECTED: 'Non retenu',
};

/** « Avis favorable », as the commission's records say it. */
export const OPINION_LABELS: Record<OpinionKind, string> = {
  FAVOURABLE: 'Avis favorable',
  RESERVED: 'Avis réservé',
  UNFAVOURABLE: 'Avis défavorable',
};

/** What an outcome is called: the opinion's sense, « Décision », or « Suites ». */
export function outcomeLabel(item: { kind: AgendaItemKind; opinion?: OpinionKind | null }): string {
  if (item.opinion) return OPINION_LABELS[item.opinion];
  return item.kind === 'DECISION' ? 'Décision' : 'Suites';
}

export const AGENDA_STATUS_TAGS: Record<AgendaItemStatus, string> = {
  PROPOSED: 'status-tag--pending',
  ACCEPTED: 'status-tag--done',
  DEFERRED: 'status-tag--pending',
  REJECTED: 'status-tag--refused',
};

/** « 1 h 30 », « 45 min ». */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const total = Math.abs(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return `${sign}${hours} h${rest ? ` ${String(rest).padStart(2, '0')}` : ''}`;
}
