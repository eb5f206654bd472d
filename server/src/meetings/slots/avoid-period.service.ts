import type { EntityManager } from '@mikro-orm/postgresql';
import { commonError } from '../../shared/common.errors';
import type { Viewer } from '../../shared/actor';
import { daysBetweenParisDays } from '../../shared/time';
import { AvoidPeriod } from './avoid-period.entity';
import type { AvoidPeriodInput } from './avoid-period.inputs';
import { meetingError } from '../meeting.errors';
import { canManageAvoidPeriods, canReadAvoidPeriods } from '../meeting.policy';

/** A year: the longest stretch worth avoiding (summer holidays are two months). */
const MAX_PERIOD_DAYS = 366;
/** Five years, a CTG's term: how far ahead (or back) anyone looks at these periods. */
const MAX_RANGE_DAYS = 5 * 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

export function avoidPeriodsOverlapping(em: EntityManager, from: string, to: string): Promise<AvoidPeriod[]> {
  return em.find(AvoidPeriod, { startsOn: { $lte: to }, endsOn: { $gte: from } }, { orderBy: { startsOn: 'asc', id: 'asc' } });
}

/** The periods that meet the days from `from` to `to` (both 'yyyy-MM-dd', included). */
export async function listAvoidPeriods(em: EntityManager, viewer: Viewer, from: string, to: string) {
  if (!canReadAvoidPeriods(viewer)) throw commonError('SIGN_IN_REQUIRED');
  if (!isDay(from) || !isDay(to) || to < from || daysBetweenParisDays(from, to) > MAX_RANGE_DAYS)
    throw meetingError('BAD_DAY_RANGE');
  return avoidPeriodsOverlapping(em, from, to);
}

export async function addAvoidPeriod(em: EntityManager, viewer: Viewer, input: AvoidPeriodInput) {
  if (!canManageAvoidPeriods(viewer)) throw commonError('ROLE_FORBIDDEN');
  if (!isDay(input.startsOn) || !isDay(input.endsOn)) throw meetingError('BAD_PERIOD_DAY');
  if (input.endsOn < input.startsOn) throw meetingError('PERIOD_ENDS_BEFORE_START');
  if (daysBetweenParisDays(input.startsOn, input.endsOn) + 1 > MAX_PERIOD_DAYS) throw meetingError('PERIOD_TOO_LONG');
  const period = em.create(AvoidPeriod, {
    label: input.label.trim(),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    kind: input.kind,
  });
  await em.flush();
  return period;
}

/** Returns the removed period, as it was, for the client's cache. */
export async function removeAvoidPeriod(em: EntityManager, viewer: Viewer, id: string) {
  if (!canManageAvoidPeriods(viewer)) throw commonError('ROLE_FORBIDDEN');
  const period = await em.findOne(AvoidPeriod, id);
  if (!period) throw meetingError('AVOID_PERIOD_NOT_FOUND');
  await em.remove(period).flush();
  return period;
}
