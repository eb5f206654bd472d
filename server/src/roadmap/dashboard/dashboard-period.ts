import { addParisMonths, formatParis, startOfParisDay } from '../../shared/time';
import type { DashboardPeriod } from './dashboard.types';

/**
 * The committee meets every semester and reviews what happened since the last one: the semester is
 * the six months up to the dashboard's date, from midnight (Paris) of the day six months before.
 * The same boundary tells stale actions (no update since then).
 */
export function semesterUpTo(asOf: Date): DashboardPeriod {
  const from = startOfParisDay(addParisMonths(asOf, -6));
  const sameYear = formatParis(from, 'yyyy') === formatParis(asOf, 'yyyy');
  const label = `du ${formatParis(from, sameYear ? 'd MMMM' : 'd MMMM yyyy')} au ${formatParis(asOf, 'd MMMM yyyy')}`;
  return { from, to: asOf, label };
}
