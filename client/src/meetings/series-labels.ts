import type { SeriesFrequency, SeriesLeftAloneReason, SeriesScope } from '../gql/graphql';

export const SERIES_SCOPE_LABELS: Record<SeriesScope, string> = {
  THIS_ONLY: 'Cette réunion seulement',
  THIS_AND_FOLLOWING: 'Cette réunion et les suivantes de la série',
  ALL: 'Toutes les réunions de la série',
};

export const LEFT_ALONE_LABELS: Record<SeriesLeftAloneReason, string> = {
  CANCELLED: 'déjà annulée',
  PAST: 'déjà passée',
  UNCHANGED: 'déjà ainsi',
};

/** « toutes les 2 semaines », « chaque mois », « tous les 6 mois ». */
export function repeatInWords(frequency: SeriesFrequency, interval: number): string {
  if (frequency === 'WEEKLY') return interval === 1 ? 'chaque semaine' : `toutes les ${interval} semaines`;
  return interval === 1 ? 'chaque mois' : `tous les ${interval} mois`;
}
