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

const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

/** An instant from the API → its day in France: "1er mars 2025". */
export function formatDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  const parts = PARIS_DAY.formatToParts(date);
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** An instant from the API → "1er mars 2025 à 14:05", French time. */
export function formatDateTime(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return `${formatDay(isoDateTime)} à ${PARIS_TIME.format(date)}`;
}

const OSM_DAYS: Record<string, string> = {
  Mo: 'lun.',
  Tu: 'mar.',
  We: 'mer.',
  Th: 'jeu.',
  Fr: 'ven.',
  Sa: 'sam.',
  Su: 'dim.',
  PH: 'jours fériés',
};

/**
 * Opening hours are stored in OpenStreetMap syntax ("Mo-Fr 09:00-12:00; Sa 10:00-12:00"): one line
 * per rule, days and "off" in French, en dashes for ranges; any other token is kept as written.
 */
export function formatOpeningHours(openingHours: string): string[] {
  return openingHours
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean)
    .map((rule) =>
      rule
        .replace(/\b(Mo|Tu|We|Th|Fr|Sa|Su|PH)\b/g, (day) => OSM_DAYS[day])
        .replace(/\boff\b/g, 'fermé')
        .replace(/(\S)-(\S)/g, '$1–$2')
        .replace(/,(?=\S)/g, ', '),
    );
}
