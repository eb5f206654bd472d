import { addParisDays, addParisMonths, daysBetweenParisDays, parisDay } from '../../shared/time';
import { SeriesFrequency } from './meeting-series.entity';

export interface Rule {
  frequency: SeriesFrequency;
  interval: number;
  count: number;
}

/** Five years, a CTG's term: a series planned beyond it outlives the networks it invites. */
export const MAX_SERIES_YEARS = 5;

/**
 * The slots of a series, each counted from the first (never from the previous one, so that
 * 31 January, monthly, gives 28 February then 31 March). Start and end keep their Paris
 * wall-clock times across clock changes; the end keeps its distance in days from the start.
 */
export function seriesSlots(first: { startsAt: Date; endsAt: Date }, rule: Rule): Array<{ startsAt: Date; endsAt: Date }> {
  const firstDay = parisDay(first.startsAt);
  return Array.from({ length: rule.count }, (_, index) => {
    const startsAt =
      rule.frequency === SeriesFrequency.WEEKLY
        ? addParisDays(first.startsAt, 7 * rule.interval * index)
        : addParisMonths(first.startsAt, rule.interval * index);
    const endsAt = addParisDays(first.endsAt, daysBetweenParisDays(firstDay, parisDay(startsAt)));
    return { startsAt, endsAt };
  });
}

export function spansTooLong(slots: Array<{ startsAt: Date }>): boolean {
  const last = slots[slots.length - 1].startsAt;
  return addParisMonths(slots[0].startsAt, 12 * MAX_SERIES_YEARS) < last;
}
