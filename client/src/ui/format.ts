const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2025-01-01" → "1er janvier 2025" (French writes the first day of a month as an ordinal). */
export function formatLongDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const formatted = LONG_DATE.format(date);
  return date.getUTCDate() === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** "1 structure", "12 structures", "aucune structure" is left to the caller. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? plural : singular}`;
}
