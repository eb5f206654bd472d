import joursFeries from '@socialgouv/jours-feries';

const byYear = new Map<number, Set<string>>();

/**
 * The public holidays of metropolitan France (without the two extra days of Alsace-Moselle; the
 * Drôme keeps the national list), as Paris days 'yyyy-MM-dd'. The package builds each date at
 * local midnight, so the local calendar fields name the day whatever the server's time zone.
 */
export function publicHolidaysOf(year: number): Set<string> {
  let days = byYear.get(year);
  if (!days) {
    const pad = (n: number) => String(n).padStart(2, '0');
    days = new Set(
      Object.values(joursFeries(year)).map((d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`),
    );
    byYear.set(year, days);
  }
  return days;
}

export const isPublicHoliday = (day: string) => publicHolidaysOf(Number(day.slice(0, 4))).has(day);
