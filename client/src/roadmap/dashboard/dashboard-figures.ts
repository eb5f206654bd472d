import type { StatusCounts } from '../roadmap-labels';

/** One bar of a progress chart: a theme or an orientation, with its actions by status. */
export interface ProgressRow {
  key: string;
  label: string;
  counts: StatusCounts;
}

/** Abandoned actions are left out of the shares, as the roadmap's progress does. */
export const countedOf = (counts: StatusCounts) => counts.total - counts.abandoned;

/** « 42 % »: the share of counted actions, French style (narrow no-break space before %). */
export function percent(part: number, whole: number): string {
  return `${whole > 0 ? Math.round((part / whole) * 100) : 0}\u202f%`;
}

/** Percentages of done, in progress and not started actions, for the stacked bars (0 when none is counted). */
export function shares(counts: StatusCounts) {
  const counted = countedOf(counts);
  const share = (count: number) => (counted > 0 ? (count / counted) * 100 : 0);
  return { done: share(counts.done), inProgress: share(counts.inProgress), notStarted: share(counts.notStarted) };
}

export function sumCounts(all: StatusCounts[]): StatusCounts {
  return all.reduce(
    (sum, counts) => ({
      notStarted: sum.notStarted + counts.notStarted,
      inProgress: sum.inProgress + counts.inProgress,
      done: sum.done + counts.done,
      abandoned: sum.abandoned + counts.abandoned,
      total: sum.total + counts.total,
    }),
    { notStarted: 0, inProgress: 0, done: 0, abandoned: 0, total: 0 },
  );
}

/** The export endpoints of the server (same origin): the actions with their status. */
export const exportUrl = (format: 'csv' | 'xlsx', territorySlug: string) =>
  `/roadmap/actions.${format}?territory=${encodeURIComponent(territorySlug)}`;
