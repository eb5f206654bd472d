import type { Audience, Theme, TrainingSessionInput, UpdateTrainingInput } from '../gql/graphql';
import type { FormError } from '../app/form-errors';
import type { ChosenOrganization } from '../meetings/agenda/OrganizationSearch';
import { orNull, slotDraftOf, type SlotDraft } from '../meetings/meeting-form';
import type { PlaceDraft } from '../meetings/PlaceFields';
import { isClock, isDay, parisInstant } from '../ui/paris-time';

/** A session as typed: its id when it exists already (edited or removed with its own mutation). */
export interface SessionDraft {
  key: string;
  id?: string;
  slot: SlotDraft;
  place: PlaceDraft;
}

/** A training as typed in the form (text fields kept as typed; the organiser with its slug once known). */
export interface TrainingDraft {
  title: string;
  description: string;
  theme: Theme | '';
  audiences: Audience[];
  networkSlugs: string[];
  organizer: (ChosenOrganization & { slug?: string }) | null;
  trainer: string;
  capacity: string;
  isPublic: boolean;
  sessions: SessionDraft[];
}

/** A session's error: the row it is about (when known) and the message. */
export interface SessionError extends FormError {
  row?: number;
}

let keys = 0;
const nextKey = () => `session-${++keys}`;

export const emptySession = (slot: SlotDraft = { day: '', start: '09:30', end: '12:30' }): SessionDraft => ({
  key: nextKey(),
  slot,
  place: { place: '', communeInseeCode: '', onlineUrl: '' },
});

export const emptyTraining = (networkSlugs: string[]): TrainingDraft => ({
  title: '',
  description: '',
  theme: '',
  audiences: [],
  networkSlugs,
  organizer: null,
  trainer: '',
  capacity: '12',
  isPublic: false,
  sessions: [emptySession()],
});

export interface TrainingValues {
  title: string;
  description?: string | null;
  theme?: Theme | null;
  audiences: Audience[];
  trainer?: string | null;
  capacity: number;
  isPublic: boolean;
  networks: Array<{ slug: string }>;
  organizer?: { id: string; slug: string; name: string } | null;
  sessions: Array<{
    id: string;
    startsAt: string;
    endsAt: string;
    place?: string | null;
    onlineUrl?: string | null;
    commune?: { inseeCode: string } | null;
  }>;
}

/** The form's starting point for an existing training. */
export function draftOf(training: TrainingValues): TrainingDraft {
  return {
    title: training.title,
    description: training.description ?? '',
    theme: training.theme ?? '',
    audiences: [...training.audiences],
    networkSlugs: training.networks.map((network) => network.slug),
    organizer: training.organizer ?? null,
    trainer: training.trainer ?? '',
    capacity: String(training.capacity),
    isPublic: training.isPublic,
    sessions: training.sessions.map((session) => ({
      key: session.id,
      id: session.id,
      slot: slotDraftOf(session.startsAt, session.endsAt),
      place: {
        place: session.place ?? '',
        communeInseeCode: session.commune?.inseeCode ?? '',
        onlineUrl: session.onlineUrl ?? '',
      },
    })),
  };
}

/**
 * What the API needs of a typed session. Only what the form alone can tell is checked here (a date,
 * two clock times); the order and the 12-hour bound are the API's, which says them in French.
 */
export function sessionInputOf(session: SessionDraft, row: number): TrainingSessionInput | SessionError {
  const { slot, place } = session;
  if (!isDay(slot.day)) return { row, field: 'day', message: 'Indiquez la date de la séance.' };
  if (!isClock(slot.start)) return { row, field: 'startsAt', message: 'Indiquez l’heure de début (hh:mm).' };
  if (!isClock(slot.end)) return { row, field: 'endsAt', message: 'Indiquez l’heure de fin (hh:mm).' };
  return {
    startsAt: parisInstant(slot.day, slot.start),
    endsAt: parisInstant(slot.day, slot.end),
    place: orNull(place.place),
    communeInseeCode: orNull(place.communeInseeCode),
    onlineUrl: orNull(place.onlineUrl),
  };
}

export const isSessionError = (value: object): value is SessionError => 'message' in value;

/** The typed capacity, or the error to show beside it (the API checks its bounds). */
export function capacityOf(draft: TrainingDraft): number | FormError {
  const capacity = Number(draft.capacity);
  if (!draft.capacity.trim() || !Number.isInteger(capacity))
    return { field: 'capacity', message: 'Indiquez le nombre de places (un nombre entier).' };
  return capacity;
}

/** The fields common to creating and editing, as the API takes them. */
export function trainingFieldsOf(draft: TrainingDraft, capacity: number, organizerSlug: string | null) {
  return {
    title: draft.title.trim(),
    description: orNull(draft.description),
    theme: draft.theme || null,
    audiences: draft.audiences,
    networkSlugs: draft.networkSlugs,
    organizerSlug,
    trainer: orNull(draft.trainer),
    capacity,
    isPublic: draft.isPublic,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what changed: an edit that touches nothing else leaves the networks (and others' work) alone. */
export function changedFields(
  base: ReturnType<typeof trainingFieldsOf>,
  next: ReturnType<typeof trainingFieldsOf>,
): UpdateTrainingInput {
  const changes: UpdateTrainingInput = {};
  if (next.title !== base.title) changes.title = next.title;
  if (next.description !== base.description) changes.description = next.description;
  if (next.theme !== base.theme) changes.theme = next.theme;
  if (!sameList(next.audiences, base.audiences)) changes.audiences = next.audiences;
  if (!sameList([...next.networkSlugs].sort(), [...base.networkSlugs].sort())) changes.networkSlugs = next.networkSlugs;
  if (next.organizerSlug !== base.organizerSlug) changes.organizerSlug = next.organizerSlug;
  if (next.trainer !== base.trainer) changes.trainer = next.trainer;
  if (next.capacity !== base.capacity) changes.capacity = next.capacity;
  if (next.isPublic !== base.isPublic) changes.isPublic = next.isPublic;
  return changes;
}

const sameSession = (a: TrainingSessionInput, b: TrainingSessionInput) =>
  a.startsAt === b.startsAt &&
  a.endsAt === b.endsAt &&
  a.place === b.place &&
  a.communeInseeCode === b.communeInseeCode &&
  a.onlineUrl === b.onlineUrl;

export interface SessionChanges {
  added: Array<{ row: number; input: TrainingSessionInput }>;
  updated: Array<{ row: number; id: string; input: TrainingSessionInput }>;
  removed: string[];
}

/** The session mutations an edit needs: new rows, changed rows, rows taken away. */
export function sessionChangesOf(base: SessionDraft[], draft: SessionDraft[]): SessionChanges | SessionError {
  const changes: SessionChanges = { added: [], updated: [], removed: [] };
  for (const [row, session] of draft.entries()) {
    const input = sessionInputOf(session, row);
    if (isSessionError(input)) return input;
    const before = base.find((b) => b.id && b.id === session.id);
    if (!before || !session.id) changes.added.push({ row, input });
    else {
      const old = sessionInputOf(before, row);
      if (isSessionError(old) || !sameSession(old, input)) changes.updated.push({ row, id: session.id, input });
    }
  }
  const kept = new Set(draft.map((session) => session.id).filter(Boolean));
  changes.removed = base.flatMap((session) => (session.id && !kept.has(session.id) ? [session.id] : []));
  return changes;
}
