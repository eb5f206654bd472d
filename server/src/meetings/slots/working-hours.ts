import { daysBetweenParisDays, parisDateTime, parisDay, parisWallClock, shiftParisDay } from '../../shared/time';
import { isPublicHoliday } from './public-holidays';

/**
 * When partners can meet, on Paris clocks. Most of them are professionals of the CTG's
 * structures (CAF, social centres, schools, the department): they meet on working days, in the
 * morning from 9:00 (after school drop-off) to 12:30, and in the afternoon from 14:00 (after the
 * lunch break) to 17:30 (before school pick-up and the structures' own evening activities).
 */
export const WORKING_WINDOWS = [
  { from: '09:00', to: '12:30' },
  { from: '14:00', to: '17:30' },
] as const;
/** Candidate starts every half hour: the grid people pick meeting times on. */
export const STEP_MINUTES = 30;
/** ISO weekdays 1–5: Monday to Friday. */
const LAST_WORKING_WEEKDAY = 5;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Start times ('HH:mm') of a meeting of this length on a working day: within one window, or, for a
 * meeting longer than a window (a day-long seminar), from the morning window to the end of the day
 * across the lunch break.
 */
export function startTimesFor(durationMinutes: number): string[] {
  const [morning, afternoon] = WORKING_WINDOWS.map((w) => ({ from: minutesOf(w.from), to: minutesOf(w.to) }));
  const fitsOneWindow = WORKING_WINDOWS.some((w) => minutesOf(w.to) - minutesOf(w.from) >= durationMinutes);
  const windows = fitsOneWindow ? [morning, afternoon] : [{ from: morning.from, to: afternoon.to }];
  const starts: string[] = [];
  for (const window of windows) {
    for (let start = window.from; start + durationMinutes <= window.to; start += STEP_MINUTES) starts.push(timeOf(start));
  }
  return starts;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/**
 * Every candidate slot between two instants: working days (Monday–Friday, not a public holiday,
 * not a day `skipDay` refuses), at the start times above, read on Paris clocks day by day so that
 * 9:00 stays 9:00 across a clock change.
 */
export function candidateSlots(from: Date, to: Date, durationMinutes: number, skipDay: (day: string) => boolean): Slot[] {
  const slots: Slot[] = [];
  const times = startTimesFor(durationMinutes);
  const first = parisDay(from);
  const days = daysBetweenParisDays(first, parisDay(to));
  for (let offset = 0; offset <= days; offset++) {
    const day = shiftParisDay(first, offset);
    if (parisWallClock(parisDateTime(day, '12:00')).weekday > LAST_WORKING_WEEKDAY || isPublicHoliday(day) || skipDay(day))
      continue;
    for (const time of times) {
      const startsAt = parisDateTime(day, time);
      const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
      if (startsAt >= from && endsAt <= to) slots.push({ startsAt, endsAt });
    }
  }
  return slots;
}
