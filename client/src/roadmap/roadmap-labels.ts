import type { ActionStatus } from '../gql/graphql';

/** Statuses in the order of an action's life; feminine, as they qualify « une action ». */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'Pas commencée',
  IN_PROGRESS: 'En cours',
  DONE: 'Réalisée',
  ABANDONED: 'Abandonnée',
};

export interface StatusCounts {
  notStarted: number;
  inProgress: number;
  done: number;
  abandoned: number;
  total: number;
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** « 3 réalisées, 5 en cours sur 12 (1 abandonnée) »: the figures, readable without the bar's colours. */
export function progressSentence(counts: StatusCounts): string {
  const counted = counts.total - counts.abandoned;
  const main = `${plural(counts.done, 'réalisée')}, ${counts.inProgress} en cours sur ${counted}`;
  return counts.abandoned > 0 ? `${main} (${plural(counts.abandoned, 'abandonnée')})` : main;
}

/** « CTG, l. 595 »: where the action is written in the convention. */
export const sourceCitation = (line: number) => `CTG, l. ${line}`;
