import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { isClock, isDay, parisClock, parisDay, parisInstant } from '../ui/paris-time';
import type { FormError } from '../app/form-errors';

/** A slot as typed in a form: a Paris day and two Paris clock times. */
export interface SlotDraft {
  day: string;
  start: string;
  end: string;
}

export function slotDraftOf(startsAt: string, endsAt: string): SlotDraft {
  return { day: parisDay(startsAt), start: parisClock(startsAt), end: parisClock(endsAt) };
}

/**
 * The instants of a typed slot, or the field at fault. An end before the start is said here because
 * the form can say which field; the API checks it again (and the 12-hour bound).
 */
export function slotInstants(slot: SlotDraft): { startsAt: string; endsAt: string } | FormError {
  if (!isDay(slot.day)) return { field: 'day', message: 'Indiquez la date de la réunion.' };
  if (!isClock(slot.start)) return { field: 'startsAt', message: 'Indiquez l’heure de début (hh:mm).' };
  if (!isClock(slot.end)) return { field: 'endsAt', message: 'Indiquez l’heure de fin (hh:mm).' };
  if (slot.end <= slot.start) return { field: 'endsAt', message: 'La fin doit être après le début.' };
  return { startsAt: parisInstant(slot.day, slot.start), endsAt: parisInstant(slot.day, slot.end) };
}

export const isFormError = (value: object): value is FormError => 'message' in value;

/** The API's reason for a refusal (`extensions.reason`), e.g. STALE_VERSION. */
export function reasonOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** An empty optional field clears it. */
export const orNull = (value: string) => value.trim() || null;

/** The typed slot's length in minutes, or `fallback` while it is incomplete. */
export function durationOf(slot: SlotDraft, fallback = 120): number {
  if (!isClock(slot.start) || !isClock(slot.end) || slot.end <= slot.start) return fallback;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return minutes(slot.end) - minutes(slot.start);
}
