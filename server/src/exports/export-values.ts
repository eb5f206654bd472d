// Small conversions shared by the exports: dates, names, texts and public contact fields.
import type { Commune } from '../directory/commune.entity';

/** Producer identifier in data·inclusion, and prefix of the ids we publish. */
export const SOURCE = 'maillage-cccps';

export const exportId = (localId: string) => `${SOURCE}--${localId}`;

export const structureUrl = (publicUrl: string, slug: string) => `${publicUrl.replace(/\/+$/, '')}/structures/${slug}`;

/** The UTC day of a timestamp, never after today: both standards reject dates in the future. */
export function isoDate(date: Date, now: Date): string {
  return (date > now ? now : date).toISOString().slice(0, 10);
}

export function latest(dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}

/** Cuts a text at a word boundary with an ellipsis, counting characters (not UTF-16 units). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A text within the standard's bounds, or null when too short to say anything. */
export function boundedText(text: string | null | undefined, min: number, max: number): string | null {
  const value = text?.trim();
  return value && [...value].length >= min ? truncate(value, max) : null;
}

/** data·inclusion names: 3–150 characters that do not end with a full stop. */
export function exportName(name: string): string | null {
  const value = truncate(name.replace(/\s+/g, ' ').trim(), 150).replace(/\.+$/, '').trim();
  return [...value].length >= 3 ? value : null;
}

/** One French number in E.164 (+33…), as both standards ask; null when it cannot be read as one. */
export function e164Phone(phone: string | null | undefined): string | null {
  const compact = phone?.replace(/[\s.\-()]/g, '') ?? '';
  if (/^0[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(1)}`;
  if (/^0033[1-9]\d{8}$/.test(compact)) return `+${compact.slice(2)}`;
  return /^\+\d{7,14}$/.test(compact) ? compact : null;
}

export function publicEmail(email: string | null | undefined): string | null {
  const value = email?.trim();
  return value && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : null;
}

/** An http(s) URL; a bare domain ("www.cccps.fr") gets its scheme. */
export function webUrl(url: string | null | undefined): string | null {
  const value = url?.trim();
  if (!value) return null;
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  return URL.canParse(withScheme) && withScheme.length <= 2083 ? withScheme : null;
}

export interface ExportedCommune {
  inseeCode: string;
  name: string;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Name of the former commune the place lies in, when it merged into `name`. */
  formerName: string | null;
}

function hasMerged(commune: Commune, today: string): boolean {
  return Boolean(commune.mergedInto && commune.mergedOn && commune.mergedOn <= today);
}

/**
 * Where a place lies in today's official geography: a former commune is named by the commune it
 * merged into (national registers reject former INSEE codes); its own postal code still applies.
 * Needs `mergedInto` loaded.
 */
export function currentCommune(commune: Commune, now: Date): ExportedCommune {
  const successor = hasMerged(commune, isoDate(now, now)) ? commune.mergedInto!.getEntity() : commune;
  return {
    inseeCode: successor.inseeCode,
    name: successor.name,
    postalCode: commune.postalCode ?? successor.postalCode ?? null,
    latitude: successor.latitude ?? null,
    longitude: successor.longitude ?? null,
    formerName: successor === commune ? null : commune.name,
  };
}

/** Today's INSEE code of a commune, without loading the one it merged into. */
export function currentInseeCode(commune: Commune, now: Date): string {
  return hasMerged(commune, isoDate(now, now)) ? commune.mergedInto!.unwrap().inseeCode : commune.inseeCode;
}

/** French labels joined into a sentence fragment: "familles, parents". */
export function joinLabels(labels: string[]): string {
  return [...new Set(labels)].join(', ');
}

/** Compares labels typed by people ("France services", "France Services ") on letters only. */
export function labelKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
