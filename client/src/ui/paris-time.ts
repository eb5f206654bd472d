import { TZDate } from '@date-fns/tz';

/**
 * Meetings happen on Paris clocks, whatever the browser's time zone: instants from the API are shown,
 * and days and times typed in forms are read, in Europe/Paris. Offsets come from the time-zone
 * database (Intl, @date-fns/tz), never from the browser's zone or a hand-written +01:00.
 */
export const PARIS = 'Europe/Paris';

const DAY_KEY = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: PARIS });
const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: PARIS });
const WEEKDAY_DAY = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: PARIS,
});
const SHORT_DAY = new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', timeZone: PARIS });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Monday first, as French calendars are. */
export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

/** The Paris day of an instant, 'yyyy-MM-dd'. */
export function parisDay(iso: string | Date): string {
  return DAY_KEY.format(new Date(iso));
}

/** The time Paris clocks show at an instant, 'HH:mm'. */
export function parisClock(iso: string | Date): string {
  return CLOCK.format(new Date(iso));
}

/** The instant (ISO, UTC) at which Paris clocks show `time` ('HH:mm') on `day` ('yyyy-MM-dd'). */
export function parisInstant(day: string, time: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, date, hours, minutes, PARIS).getTime()).toISOString();
}

/** "14 h 05", the French way to write a time of day. */
export function formatClock(iso: string): string {
  return parisClock(iso).replace(':', ' h ').replace(/^0/, '');
}

/** « mardi 1er avril 2031 ». */
export function formatWeekdayDay(iso: string): string {
  return firstOrdinal(WEEKDAY_DAY.formatToParts(new Date(iso)));
}

/** « mar. 1 avr. », for tight lists. */
export function formatShortDay(iso: string): string {
  return SHORT_DAY.format(new Date(iso));
}

/** « mardi 1er avril 2031, 14 h 00 – 16 h 00 » (with both days when it ends on another day). */
export function formatSlot(startsAt: string, endsAt: string): string {
  const sameDay = parisDay(startsAt) === parisDay(endsAt);
  const end = sameDay ? formatClock(endsAt) : `${formatWeekdayDay(endsAt)}, ${formatClock(endsAt)}`;
  return `${formatWeekdayDay(startsAt)}, ${formatClock(startsAt)} – ${end}`;
}

function firstOrdinal(parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** Today on Paris clocks, 'yyyy-MM-dd'. */
export const parisToday = () => parisDay(new Date());

// Calendar days and months are plain dates: UTC arithmetic on them has no clock changes.

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const dayKeyOf = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, count: number): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return dayKeyOf(date);
}

/** 'yyyy-MM' of a day. */
export const monthOf = (day: string) => day.slice(0, 7);

export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return dayKeyOf(new Date(Date.UTC(year, monthNumber - 1 + count, 1))).slice(0, 7);
}

/** « mars 2031 ». */
export function formatMonth(month: string): string {
  return MONTH.format(utcDate(`${month}-01`));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return utcDate(day).getUTCDay() || 7;
}

/** The weeks (Monday to Sunday) that show a month whole, as 'yyyy-MM-dd' days. */
export function monthGrid(month: string): string[][] {
  const first = `${month}-01`;
  let day = addDays(first, 1 - isoWeekday(first));
  const weeks: string[][] = [];
  do {
    const week = Array.from({ length: 7 }, (_, index) => addDays(day, index));
    weeks.push(week);
    day = addDays(day, 7);
  } while (monthOf(day) === month);
  return weeks;
}

/** « mardi 1er avril 2031 » for a calendar day. */
export function formatCalendarDay(day: string): string {
  return formatWeekdayDay(parisInstant(day, '12:00'));
}

export const isMonth = (value: string | null): value is string => !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
export const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(utcDate(value).getTime());
export const isClock = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
