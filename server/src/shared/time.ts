import { TZDate, tz, tzOffset } from '@date-fns/tz';
import { addDays, format, getISODay, startOfDay, subDays } from 'date-fns';
import { fr } from 'date-fns/locale';

/**
 * Dates as people of the CTG read them: on Paris clocks. Instants are stored and passed around as
 * plain `Date`s (UTC); this module is the one place that turns them into Paris days and times and
 * back, with the offsets taken from the time-zone database (`@date-fns/tz`), never written by hand.
 */
export const PARIS = 'Europe/Paris';

const inParis = { in: tz(PARIS) };

/** « lundi 30 mars 2026 » — `do` gives the French « 1er » on the first of a month. */
export const FRENCH_DATE = 'EEEE do MMMM yyyy';
/** « lundi 30 mars 2026 à 14 h 00 », the French way to write a time of day. */
export const FRENCH_DATE_TIME = `${FRENCH_DATE} 'à' H 'h' mm`;

/** A day and time on Paris clocks, and the ISO weekday (1 = Monday … 7 = Sunday). */
export interface ParisWallClock {
  date: string;
  time: string;
  weekday: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant at which Paris clocks show `time` ('HH:mm') on `day` ('yyyy-MM-dd').
 *
 * Clock changes follow iCalendar (RFC 5545 §3.3.5), so that our instants and a calendar
 * application reading our feeds agree:
 * - a time skipped in spring (02:30 on the last Sunday of March) is read with the offset before
 *   the gap: 02:30+01:00, which clocks show as 03:30+02:00;
 * - a time shown twice in autumn (02:30 on the last Sunday of October) is its first occurrence,
 *   still in summer time: 02:30+02:00.
 */
export function parisDateTime(day: string, time: string): Date {
  const [, year, month, date] = DAY.exec(day)?.map(Number) ?? [];
  const [, hours, minutes] = TIME.exec(time)?.map(Number) ?? [];
  if (year === undefined || hours === undefined) throw new RangeError(`Not a Paris day and time: ${day} ${time}`);
  // TZDate rolls over impossible dates (30 February → 2 March): refuse them instead.
  const candidate = new TZDate(year, month - 1, date, hours, minutes, PARIS);
  if (parisDay(candidate) !== day) throw new RangeError(`No such day: ${day}`);
  return firstOccurrence(new Date(candidate.getTime()), day, time);
}

/**
 * TZDate resolves a time shown twice to its later occurrence (winter time). When clocks went back
 * within the last day, the same wall-clock time one change earlier is the first occurrence.
 */
function firstOccurrence(instant: Date, day: string, time: string): Date {
  const minutesGivenBack = tzOffset(PARIS, subDays(instant, 1)) - tzOffset(PARIS, instant);
  if (minutesGivenBack <= 0) return instant;
  const earlier = new Date(instant.getTime() - minutesGivenBack * 60_000);
  const clock = parisWallClock(earlier);
  return clock.date === day && clock.time === time ? earlier : instant;
}

/** The Paris calendar day of an instant, 'yyyy-MM-dd'. */
export function parisDay(instant: Date): string {
  return format(instant, 'yyyy-MM-dd', inParis);
}

/** The day, time ('HH:mm') and ISO weekday that Paris clocks show at an instant. */
export function parisWallClock(instant: Date): ParisWallClock {
  return {
    date: parisDay(instant),
    time: format(instant, 'HH:mm', inParis),
    weekday: getISODay(instant, inParis),
  };
}

/** Midnight in Paris on the instant's Paris day (midnight always exists: clocks change at 2 or 3). */
export function startOfParisDay(instant: Date): Date {
  return new Date(startOfDay(instant, inParis).getTime());
}

/**
 * The same Paris wall-clock time `days` later (or earlier when negative): a weekly 14:00 meeting
 * stays at 14:00 in Paris across a clock change, so its distance in hours does not stay 168.
 * The wall-clock time is resolved like `parisDateTime`: repeat from the first date, not from a
 * previous result, or a time moved out of the spring gap stays moved.
 */
export function addParisDays(instant: Date, days: number): Date {
  const { date, time } = parisWallClock(instant);
  const secondsWithinMinute = instant.getTime() % 60_000;
  return new Date(parisDateTime(shiftParisDay(date, days), time).getTime() + secondsWithinMinute);
}

/**
 * The same Paris wall-clock time `months` later (or earlier): a committee at 14:00 stays at 14:00.
 * A day the target month lacks becomes its last day — 31 January + 1 month is 28 (or 29)
 * February, as in date-fns and iCalendar's BYMONTHDAY=-1 reading; a series therefore counts every
 * occurrence from its first date (31 January + 2 months is 31 March, not 28 March).
 */
export function addParisMonths(instant: Date, months: number): Date {
  const { date, time } = parisWallClock(instant);
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const shifted = `${target.toISOString().slice(0, 8)}${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  return new Date(parisDateTime(shifted, time).getTime() + (instant.getTime() % 60_000));
}

/** Calendar days from Paris day `from` to Paris day `to` ('yyyy-MM-dd'), e.g. 1 from a Monday to the Tuesday. */
export function daysBetweenParisDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `time` on Paris clocks the Paris day before the instant, e.g. a reminder the day before at 09:00. */
export function dayBeforeAt(instant: Date, time: string): Date {
  return parisDateTime(shiftParisDay(parisDay(instant), -1), time);
}

/** Formats an instant on Paris clocks, in French: `formatParis(start, FRENCH_DATE_TIME)`. */
export function formatParis(instant: Date, pattern: string): string {
  return format(instant, pattern, { ...inParis, locale: fr });
}

/** The Paris day `days` after `day` ('yyyy-MM-dd'), or before when negative. */
export function shiftParisDay(day: string, days: number): string {
  // Noon keeps the shift clear of any clock change.
  return parisDay(addDays(parisDateTime(day, '12:00'), days, inParis));
}
